# licensedesk_add_test(NAME tst_x SOURCES a.cpp LIBS lib...): one executable, one ctest entry,
# run headless with a fixed locale so results do not depend on the machine. With RUN_WITH, the
# entry runs the executable through that command line instead (e.g. a script that sets up a service).
function(licensedesk_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;RUN_WITH" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    target_link_libraries(${ARG_NAME} PRIVATE licensedesk_common Qt6::Test ${ARG_LIBS})
    target_include_directories(${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    target_compile_definitions(${ARG_NAME} PRIVATE
        LICENSEDESK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        LICENSEDESK_BIN_DIR="${PROJECT_BINARY_DIR}/bin")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_RUN_WITH} $<TARGET_FILE:${ARG_NAME}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=*.debug=false"
        SKIP_RETURN_CODE 77)
endfunction()
