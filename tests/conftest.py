import os

# Before any QApplication exists: GUI tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REGULARS_LANG", "en")
