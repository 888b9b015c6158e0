"""Card rendering: barcodes and, later, printable cards and sheets."""
