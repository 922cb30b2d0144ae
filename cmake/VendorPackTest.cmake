# SPDX-License-Identifier: GPL-3.0-or-later
# vendorpack_add_test(tst_name LIBS lib... [SOURCES extra...] [GUI])
# One test executable per class: tst_name.cpp in the current folder becomes test "<layer>/<name>".
function(vendorpack_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "LIBS;SOURCES" ${ARGN})
    add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test vendorpack_flags)
    target_compile_definitions(${name} PRIVATE
        VENDORPACK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        VENDORPACK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    get_filename_component(layer "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    string(REPLACE "tst_" "" short "${name}")
    add_test(NAME "${layer}/${short}" COMMAND ${name})
    if(ARG_GUI)
        set_tests_properties("${layer}/${short}" PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties("${layer}/${short}" PROPERTIES TIMEOUT 300)
endfunction()
