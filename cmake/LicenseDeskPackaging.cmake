# Installation rules and CPack configuration: .deb/.rpm/.tar.gz on Linux, NSIS on Windows, .dmg on macOS.
# Included from the top-level CMakeLists.txt after add_subdirectory(src), so the executables exist.
include(GNUInstallDirs)

set(LICENSEDESK_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(LICENSEDESK_PACKAGE_MAINTAINER "LicenseDesk contributors <licensedesk@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the .deb and .rpm packages")

# Screenshots referenced by the AppStream metadata live in docs/screenshots on the forge.
string(REPLACE "https://github.com/" "https://raw.githubusercontent.com/"
    LICENSEDESK_SCREENSHOT_BASE_URL "${PROJECT_HOMEPAGE_URL}/main/docs/screenshots")

set(_licensedesk_gui licensedesk)
set(_licensedesk_tools)
foreach(_exe IN ITEMS licensedesk-cli licensedesk-demo-server)
    if(TARGET ${_exe})
        list(APPEND _licensedesk_tools ${_exe})
    endif()
endforeach()

# ---------------------------------------------------------------------------------------------
# Platform resources of the GUI executable
if(TARGET ${_licensedesk_gui})
    if(WIN32)
        set(LICENSEDESK_ICO_FILE "${LICENSEDESK_PACKAGING_DIR}/windows/licensedesk.ico")
        configure_file("${LICENSEDESK_PACKAGING_DIR}/windows/licensedesk.rc.in"
            "${PROJECT_BINARY_DIR}/packaging/licensedesk.rc" @ONLY)
        target_sources(${_licensedesk_gui} PRIVATE "${PROJECT_BINARY_DIR}/packaging/licensedesk.rc")
    elseif(APPLE)
        set(_icns "${LICENSEDESK_PACKAGING_DIR}/macos/licensedesk.icns")
        target_sources(${_licensedesk_gui} PRIVATE "${_icns}")
        set_source_files_properties("${_icns}" TARGET_DIRECTORY ${_licensedesk_gui}
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${_licensedesk_gui} PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${LICENSEDESK_PACKAGING_DIR}/macos/Info.plist.in"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${LICENSEDESK_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_NAME LicenseDesk
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_ICON_FILE licensedesk.icns
            MACOSX_BUNDLE_COPYRIGHT "LicenseDesk contributors")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Executables
if(APPLE)
    # Everything goes into the bundle so that macdeployqt fixes up the tools' Qt references too.
    if(TARGET ${_licensedesk_gui})
        install(TARGETS ${_licensedesk_gui} BUNDLE DESTINATION .)
        if(_licensedesk_tools)
            install(TARGETS ${_licensedesk_tools} RUNTIME DESTINATION licensedesk.app/Contents/MacOS)
        endif()
    endif()
else()
    set(_installed ${_licensedesk_tools})
    if(TARGET ${_licensedesk_gui})
        list(PREPEND _installed ${_licensedesk_gui})
    endif()
    if(_installed)
        install(TARGETS ${_installed} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

# Qt runtime deployment (windeployqt / macdeployqt). Qt 6.4 offers it on Windows and macOS only
# and takes FILENAME_VARIABLE; 6.5 renamed that to OUTPUT_SCRIPT.
if(WIN32)
    foreach(_exe IN LISTS _licensedesk_gui _licensedesk_tools)
        if(NOT TARGET ${_exe})
            continue()
        endif()
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET ${_exe} OUTPUT_SCRIPT _deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${_exe} FILENAME_VARIABLE _deploy_script
                NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT "${_deploy_script}")
    endforeach()
    # windeployqt copies Qt's own libraries only; QtKeychain ships next to the executables.
    find_package(Qt6Keychain QUIET)
    if(TARGET Qt6Keychain::Qt6Keychain)
        install(FILES "$<TARGET_FILE:Qt6Keychain::Qt6Keychain>" DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
elseif(APPLE AND TARGET ${_licensedesk_gui})
    # One macdeployqt run over the bundle that also rewrites the tools inside it.
    set(_extra)
    foreach(_exe IN LISTS _licensedesk_tools)
        string(APPEND _extra " \"licensedesk.app/Contents/MacOS/$<TARGET_FILE_NAME:${_exe}>\"")
    endforeach()
    set(_deploy_script "${PROJECT_BINARY_DIR}/packaging/deploy-macos.cmake")
    file(GENERATE OUTPUT "${_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(EXECUTABLE licensedesk.app ADDITIONAL_EXECUTABLES ${_extra})
")
    install(SCRIPT "${_deploy_script}")
endif()

# ---------------------------------------------------------------------------------------------
# Linux desktop integration: desktop entry, AppStream metadata, hicolor icons, man page
if(UNIX AND NOT APPLE)
    set(_desktop "${PROJECT_BINARY_DIR}/packaging/${LICENSEDESK_APP_ID}.desktop")
    set(_metainfo "${PROJECT_BINARY_DIR}/packaging/${LICENSEDESK_APP_ID}.metainfo.xml")
    configure_file("${LICENSEDESK_PACKAGING_DIR}/linux/licensedesk.desktop.in" "${_desktop}" @ONLY)
    configure_file("${LICENSEDESK_PACKAGING_DIR}/linux/licensedesk.metainfo.xml.in" "${_metainfo}" @ONLY)
    install(FILES "${_desktop}" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${_metainfo}" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(_size IN ITEMS 16 24 32 48 64 128 256 512)
        install(FILES "${LICENSEDESK_PACKAGING_DIR}/icons/hicolor/${_size}x${_size}/apps/licensedesk.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
            RENAME ${LICENSEDESK_APP_ID}.png)
    endforeach()
    install(FILES "${LICENSEDESK_PACKAGING_DIR}/icons/licensedesk.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${LICENSEDESK_APP_ID}.svg)
    # Man pages ship gzipped (Debian policy); re-made whenever CMake re-runs after an edit.
    set(_man "${LICENSEDESK_PACKAGING_DIR}/linux/licensedesk-cli.1")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_man}")
    file(ARCHIVE_CREATE OUTPUT "${PROJECT_BINARY_DIR}/packaging/licensedesk-cli.1.gz"
        PATHS "${_man}" FORMAT raw COMPRESSION GZip)
    install(FILES "${PROJECT_BINARY_DIR}/packaging/licensedesk-cli.1.gz"
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # The license in Debian's machine-readable form (DEP-5), where packages keep it.
    set(_copyright "${PROJECT_BINARY_DIR}/packaging/copyright")
    configure_file("${LICENSEDESK_PACKAGING_DIR}/linux/copyright.in" "${_copyright}" @ONLY)
    install(FILES "${_copyright}" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/licensedesk)
endif()

# ---------------------------------------------------------------------------------------------
# CPack
set(CPACK_PACKAGE_NAME licensedesk)
set(CPACK_PACKAGE_VENDOR "LicenseDesk contributors")
set(CPACK_PACKAGE_CONTACT "${LICENSEDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "LicenseDesk shows every SuperOffice CRM module owner's license with \
per-module usage and expiry countdowns, previews what activating a new license would change, and \
activates it after confirmation. Includes licensedesk-cli for scripts and a local demo server.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY LicenseDesk)
set(CPACK_PACKAGE_EXECUTABLES licensedesk LicenseDesk)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR TGZ DEB)
    find_program(LICENSEDESK_RPMBUILD rpmbuild)
    mark_as_advanced(LICENSEDESK_RPMBUILD)
    if(LICENSEDESK_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

# Debian: the Qt plugins LicenseDesk loads at run time, and libsecret (QtKeychain opens it at run
# time to reach the Secret Service), are no link-time dependencies, so they are always named; the linked libraries come from dpkg-shlibdeps when Qt itself is a Debian package
# (it fails on a Qt from elsewhere), else from a fixed list that covers Debian 12 and Ubuntu 24.04's
# t64 renames.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LICENSEDESK_PACKAGE_MAINTAINER}")
set(_deb_depends
    "libqt6svg6 | libqt6svg6t64"
    "libqt6keychain1 | libqt6keychain1t64"
    "libsecret-1-0")
find_program(LICENSEDESK_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(LICENSEDESK_DPKG_SHLIBDEPS)
if(LICENSEDESK_DPKG_SHLIBDEPS AND QT6_INSTALL_PREFIX STREQUAL "/usr")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    list(APPEND _deb_depends
        "libqt6core6 | libqt6core6t64"
        "libqt6gui6 | libqt6gui6t64"
        "libqt6widgets6 | libqt6widgets6t64"
        "libqt6network6 | libqt6network6t64"
        "libsimdjson14"
        "libqt6httpserver6"
        "libqt6websockets6")
endif()
list(JOIN _deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

# RPM: automatic requirements cover the linked libraries; keep the shared hicolor, metainfo and
# man directories out of the package so it does not claim directories owned by the filesystem.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret") # opened at run time by QtKeychain, so not found by autoreq
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(_size IN ITEMS 16 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${_size}x${_size} /usr/share/icons/hicolor/${_size}x${_size}/apps)
endforeach()

# Windows installer: Start-menu entry, desktop link, uninstaller (NSIS writes Uninstall.exe itself).
set(CPACK_NSIS_PACKAGE_NAME LicenseDesk)
set(CPACK_NSIS_DISPLAY_NAME LicenseDesk)
set(CPACK_NSIS_MUI_ICON "${LICENSEDESK_PACKAGING_DIR}/windows/licensedesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${LICENSEDESK_PACKAGING_DIR}/windows/licensedesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\licensedesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_CREATE_DESKTOP_LINKS licensedesk)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${LICENSEDESK_APP_ID}")

# macOS disk image: the bundle with a link to /Applications.
set(CPACK_DMG_VOLUME_NAME LicenseDesk)
set(CPACK_DMG_FORMAT UDBZ)

include(CPack)
