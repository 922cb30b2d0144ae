# SPDX-License-Identifier: GPL-3.0-or-later
# The translations of the window and of every library whose messages it shows. The .ts files
# are in this folder (update them with `cmake --build build --target update_translations`); the
# .qm files are compiled into the vendorpack executable under :/i18n.
set(vendorpack_languages de nl fr es it pl)
# vendorpack_en.ts gives the English plural forms ("1 unit", "2 units"); its other entries stay
# unfinished (the source text is the English). It is loaded first, under every language.
set(vendorpack_ts_files "${PROJECT_SOURCE_DIR}/translations/vendorpack_en.ts")
foreach(language IN LISTS vendorpack_languages)
    list(APPEND vendorpack_ts_files "${PROJECT_SOURCE_DIR}/translations/vendorpack_${language}.ts")
endforeach()
file(GLOB_RECURSE vendorpack_i18n_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/src/core/*.cpp" "${PROJECT_SOURCE_DIR}/src/core/*.h"
    "${PROJECT_SOURCE_DIR}/src/storage/*.cpp" "${PROJECT_SOURCE_DIR}/src/storage/*.h"
    "${PROJECT_SOURCE_DIR}/src/api/*.cpp" "${PROJECT_SOURCE_DIR}/src/api/*.h"
    "${PROJECT_SOURCE_DIR}/src/packing/*.cpp" "${PROJECT_SOURCE_DIR}/src/packing/*.h"
    "${PROJECT_SOURCE_DIR}/src/sync/*.cpp" "${PROJECT_SOURCE_DIR}/src/sync/*.h"
    "${PROJECT_SOURCE_DIR}/src/labels/*.cpp" "${PROJECT_SOURCE_DIR}/src/labels/*.h"
    "${PROJECT_SOURCE_DIR}/src/ui/*.cpp" "${PROJECT_SOURCE_DIR}/src/ui/*.h"
    "${PROJECT_SOURCE_DIR}/src/app/gui/*.cpp"
    "${PROJECT_SOURCE_DIR}/ui/*.ui")
qt_add_translations(vendorpack
    TS_FILES ${vendorpack_ts_files}
    SOURCES ${vendorpack_i18n_sources}
    LUPDATE_OPTIONS -no-obsolete)
