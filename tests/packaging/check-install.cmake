# Installs the build tree into an empty PREFIX and checks that every file a Linux desktop needs is
# there, and that each PNG icon has the size its hicolor directory promises.
cmake_minimum_required(VERSION 3.21)
if(NOT (BUILD_DIR AND PREFIX))
    message(FATAL_ERROR "usage: cmake -DBUILD_DIR=… -DPREFIX=… [-DCONFIG=…] -P check-install.cmake")
endif()

set(app_id io.github.kaiyuanshe.ReportExplorer)

file(REMOVE_RECURSE ${PREFIX})
set(config_args)
if(CONFIG)
    set(config_args --config ${CONFIG})
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} ${config_args}
    OUTPUT_QUIET
    COMMAND_ERROR_IS_FATAL ANY)

set(expected
    bin/report-explorer
    share/applications/${app_id}.desktop
    share/metainfo/${app_id}.metainfo.xml
    share/icons/hicolor/scalable/apps/${app_id}.svg)
set(png_sizes 16 32 48 64 128 256)
foreach(size IN LISTS png_sizes)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${app_id}.png)
endforeach()

set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${file})
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "not installed under ${PREFIX}:\n  ${missing}")
endif()

# A PNG's IHDR chunk holds its width and height as big-endian 32-bit numbers at bytes 16–23.
foreach(size IN LISTS png_sizes)
    set(png ${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${app_id}.png)
    file(READ ${png} ihdr OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING ${ihdr} 0 8 width)
    string(SUBSTRING ${ihdr} 8 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png} is ${width}×${height} pixels, not ${size}×${size}")
    endif()
endforeach()

list(LENGTH expected count)
message(STATUS "all ${count} expected files installed under ${PREFIX}")

# Links (report-explorer:…) open in the explorer: the entry registers the scheme and passes the
# link on (%u), as the desktop's URL handler expects.
file(READ ${PREFIX}/share/applications/${app_id}.desktop desktop_entry)
if(NOT desktop_entry MATCHES "\nMimeType=[^\n]*x-scheme-handler/report-explorer;")
    message(FATAL_ERROR "the desktop entry does not register x-scheme-handler/report-explorer")
endif()
if(NOT desktop_entry MATCHES "\nExec=report-explorer %u\n")
    message(FATAL_ERROR "the desktop entry's Exec line does not pass the link on (%u)")
endif()
