# The one place that says how every LicenseDesk target is compiled: every target links it.
add_library(licensedesk_common INTERFACE)
target_compile_features(licensedesk_common INTERFACE cxx_std_20)
target_compile_definitions(licensedesk_common INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    LICENSEDESK_VERSION="${PROJECT_VERSION}"
    LICENSEDESK_APP_ID="${LICENSEDESK_APP_ID}")
if(MSVC)
    target_compile_options(licensedesk_common INTERFACE /W4 /utf-8 /permissive-)
else()
    target_compile_options(licensedesk_common INTERFACE -Wall -Wextra -Wpedantic)
endif()
