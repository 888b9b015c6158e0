"""Qt's own strings that its shipped Russian catalogue (qtbase_ru) leaves in English.

Listed here so lupdate puts them into our catalogue under Qt's own context; our
translator is installed after Qt's, so it is asked first and the file chooser reads
all-Russian. Nothing imports this module at run time: the strings only need to be seen.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
