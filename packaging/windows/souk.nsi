; Souk's Windows installer, built on Debian with NSIS (tools/dist):
;   makensis -NOCD -DVERSION=0.1.0 -DDIST=dist -DOUT=dist/Souk-Setup-0.1.0.exe packaging/windows/souk.nsi
;   (-NOCD: the paths below are from the repository's root, where tools/dist runs it.)
; Installs souk.exe into Program Files with its icon and licences, Start-menu and desktop
; shortcuts for everyone, and an uninstaller listed in "Apps & features". `/S` installs
; silently. The shop's data (%APPDATA%\Souk) is the user's, never the program's: the
; uninstaller leaves it, so a reinstall finds the shop as it was.

; A 64-bit installer for a 64-bit program (and Wine's wine64 runs it in CI).
Target amd64-unicode
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined: makensis -DVERSION=..."
!endif
!ifndef DIST
  !define DIST "dist"
!endif
!ifndef OUT
  !define OUT "${DIST}\Souk-Setup-${VERSION}.exe"
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Souk"

!include "MUI2.nsh"

Name "Souk"
OutFile "${OUT}"
InstallDir "$PROGRAMFILES64\Souk"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "Souk ${VERSION}"

!define MUI_ICON "${DIST}\icons\souk.ico"
!define MUI_UNICON "${DIST}\icons\souk.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\souk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first is the default; the installer speaks the PC's language when it is one of them.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "Souk"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Souk - caisse de boutique solidaire"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "AGPL-3.0-or-later"

Function .onInit
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Souk" Main
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File "${DIST}\windows\souk.exe"
  File "${DIST}\icons\souk.ico"
  File "/oname=LICENSE.txt" "LICENSE"
  File "/oname=OFL.txt" "assets\fonts\OFL.txt"

  CreateShortCut "$SMPROGRAMS\Souk.lnk" "$INSTDIR\souk.exe" "" "$INSTDIR\souk.ico" 0
  CreateShortCut "$DESKTOP\Souk.lnk" "$INSTDIR\souk.exe" "" "$INSTDIR\souk.ico" 0

  WriteUninstaller "$INSTDIR\Uninstall Souk.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Souk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Souk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\souk.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall Souk.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall Souk.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\Souk.lnk"
  Delete "$DESKTOP\Souk.lnk"
  Delete "$INSTDIR\souk.exe"
  Delete "$INSTDIR\souk.ico"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\OFL.txt"
  Delete "$INSTDIR\Uninstall Souk.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; The shop's database and backups (%APPDATA%\Souk, a USB stick) are kept on purpose.
SectionEnd
