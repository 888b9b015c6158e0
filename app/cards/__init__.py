"""Card rendering: the design, cards at print resolution, barcodes, and print sheets."""
