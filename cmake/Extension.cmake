# Packs the extension: build/concord.oxt, a zip of the staging folder build/oxt.
# Generated content (e.g. built templates) goes into build/oxt-extra/ from targets listed in
# the global property CONCORD_OXT_EXTRA_TARGETS, with their outputs in
# CONCORD_OXT_EXTRA_FILES; both are copied in as they are.
function(concord_extension)
  get_property(extra_targets GLOBAL PROPERTY CONCORD_OXT_EXTRA_TARGETS)
  get_property(extra_files GLOBAL PROPERTY CONCORD_OXT_EXTRA_FILES)
  set(extra_dir ${PROJECT_BINARY_DIR}/oxt-extra)
  file(MAKE_DIRECTORY ${extra_dir})
  set(stage ${PROJECT_BINARY_DIR}/oxt)
  set(reg ${PROJECT_SOURCE_DIR}/registration)
  configure_file(${reg}/description.xml ${PROJECT_BINARY_DIR}/description.xml @ONLY)
  file(GLOB data_files CONFIGURE_DEPENDS ${reg}/data/*.json)
  file(GLOB_RECURSE static_files CONFIGURE_DEPENDS ${reg}/*)
  set(oxt ${PROJECT_BINARY_DIR}/concord.oxt)
  add_custom_command(
    OUTPUT ${oxt}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${stage}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${stage}
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${reg} ${stage}
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_BINARY_DIR}/description.xml ${stage}/description.xml
    COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:concord_component> ${stage}/
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_BINARY_DIR}/concord.rdb ${stage}/
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${extra_dir} ${stage}
    COMMAND ${CMAKE_COMMAND} -E rm -f ${oxt}
    COMMAND ${CMAKE_COMMAND} -E chdir ${stage} ${CMAKE_COMMAND} -E tar cf ${oxt} --format=zip .
    DEPENDS concord_component ${PROJECT_BINARY_DIR}/concord.rdb ${static_files}
            ${PROJECT_BINARY_DIR}/description.xml ${extra_files}
    COMMENT "Packing concord.oxt")
  add_custom_target(concord_oxt ALL DEPENDS ${oxt})
  if(extra_targets)
    add_dependencies(concord_oxt ${extra_targets})
  endif()
endfunction()
