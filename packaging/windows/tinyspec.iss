; Inno Setup script for Tiny Specialists (x64 and ARM64).
; Build the bundle first (PyInstaller: build\dist\tiny-specialists, default models copied into
; build\dist\tiny-specialists\models), then:  iscc /DArch=x64 packaging\windows\tinyspec.iss
;                                        or:  iscc /DArch=arm64 packaging\windows\tinyspec.iss
; The ARM64 bundle includes onnxruntime-qnn (Hexagon NPU); see packaging\tinyspec.spec.
#ifndef Arch
  #define Arch "x64"
#endif
#define AppName "Tiny Specialists"
#define AppVersion "0.1.0"

[Setup]
AppId={{7E3C9A52-4B1D-4F7A-9C2E-3A5D6B8F1E20}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Tiny Specialists
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
UninstallDisplayIcon={app}\tinyspec.exe
OutputDir=..\..\build
OutputBaseFilename=tiny-specialists-{#AppVersion}-windows-{#Arch}
SetupIconFile=..\..\assets\icons\app.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
#if Arch == "arm64"
ArchitecturesAllowed=arm64
ArchitecturesInstallIn64BitMode=arm64
#else
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\build\dist\tiny-specialists\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\tinyspec.exe"; Parameters: "gui"; IconFilename: "{app}\tinyspec.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\tinyspec.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\tinyspec.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; the app's own caches; the user's models, memos and chats stay in their data folder
Type: filesandordirs; Name: "{localappdata}\tiny-specialists\Cache"
