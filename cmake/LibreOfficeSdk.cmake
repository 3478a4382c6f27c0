# The LibreOffice SDK of Debian's libreoffice-dev: the IDL compiler, the C++ header
# generator, the URE libraries. Provides:
#   concord_uno_types(RDB <out.rdb> HEADERS <dir> IDL_DIR <dir> IDL <files...>)  -> target concord_uno_types
#   target lo::sdk  (include dirs, defines and URE libraries for components and clients)
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")
find_program(LO_UNOIDL_WRITE unoidl-write HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_CPPUMAKER cppumaker HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_SOFFICE soffice HINTS ${LO_PROGRAM_DIR} REQUIRED)
find_program(LO_UNOPKG unopkg HINTS ${LO_PROGRAM_DIR} REQUIRED)
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")

add_library(lo_sdk INTERFACE)
add_library(lo::sdk ALIAS lo_sdk)
target_include_directories(lo_sdk SYSTEM INTERFACE ${LO_SDK_DIR}/include)
target_compile_definitions(lo_sdk INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
target_link_directories(lo_sdk INTERFACE ${LO_SDK_DIR}/lib ${LO_PROGRAM_DIR})
target_link_libraries(lo_sdk INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal)
target_link_options(lo_sdk INTERFACE "LINKER:-rpath-link,${LO_PROGRAM_DIR}")

# Our type library and C++ headers for every UNO type we use (office API + our IDL).
# cppumaker needs an absolute output directory.
function(concord_uno_types)
  cmake_parse_arguments(ARG "" "RDB;HEADERS;IDL_DIR" "IDL" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_RDB}
    COMMAND ${LO_UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${ARG_IDL_DIR} ${ARG_RDB}
    DEPENDS ${ARG_IDL}
    COMMENT "unoidl-write ${ARG_RDB}")
  set(stamp ${ARG_HEADERS}/.stamp)
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${ARG_HEADERS}
    COMMAND ${LO_CPPUMAKER} -Gc -O${ARG_HEADERS} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB}
    COMMAND ${LO_CPPUMAKER} -Gc -C -O${ARG_HEADERS} ${ARG_RDB} -X${LO_TYPES_RDB} -X${LO_OFFAPI_RDB}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${ARG_RDB}
    COMMENT "cppumaker: C++ headers for the office API and Concord's own types")
  add_custom_target(concord_uno_types DEPENDS ${ARG_RDB} ${stamp})
  add_library(concord_uno_headers INTERFACE)
  add_dependencies(concord_uno_headers concord_uno_types)
  target_include_directories(concord_uno_headers SYSTEM INTERFACE ${ARG_HEADERS})
  target_link_libraries(concord_uno_headers INTERFACE lo::sdk)
endfunction()
