; Inno Setup script: the Windows installer of Regulars' frozen folder build.
; Input: dist\regulars\ built by PyInstaller from packaging\regulars.spec (see README.md
; beside this file). Output: dist\installer\Regulars-Setup-<version>.exe.
; Installs the folder into Program Files, adds Start-menu and (if ticked) desktop
; shortcuts with the icon, and an uninstaller (Settings → Apps, or the Start menu).
; The till's database, settings and backups live in the user's AppData and are kept on
; uninstall, so a reinstall finds the shop as it was.

#define AppName "Regulars"
#define AppVersion "0.1.0"
#define Root "..\.."

[Setup]
; A fixed id: an upgrade replaces the installed version instead of adding a second one.
AppId={{6F3B2C1E-4A7D-4E55-9B1A-2D8C5E0F7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Regulars
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#Root}\dist\installer
OutputBaseFilename=Regulars-Setup-{#AppVersion}
SetupIconFile={#Root}\resources\icons\regulars.ico
UninstallDisplayIcon={app}\Regulars-till.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no Latvian catalogue of its own; a Latvian Windows gets English.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\regulars\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Regulars-till.exe: the till without a console window; regulars.exe is the command line.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\Regulars-till.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Regulars-till.exe"; Tasks: desktopicon
Name: "{autoprograms}\{#AppName} (uninstall)"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\Regulars-till.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
