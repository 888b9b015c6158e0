"""Qt's own strings that its shipped Russian catalogue (qtbase_ru) leaves in English.

Listed here so lupdate puts them into our catalogue under Qt's own context; our
translator is installed after Qt's, so it is asked first and the file chooser reads
all-Russian. Nothing calls this at run time: lupdate only needs to see the strings.
"""

from PySide6.QtCore import QCoreApplication


def file_dialog_strings() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        # the chooser's "Type" column
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
        translate("QAbstractFileIconProvider", "Drive"),
    )
