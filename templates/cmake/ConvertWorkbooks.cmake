# Converts flat ODS sources into packaged workbooks with a headless soffice, keeping their
# frozen header rows. Run with cmake -P:
#
#   cmake -DSOFFICE=/usr/bin/soffice -DWORK_DIR=<scratch dir> -DOUT_DIR=<dir>
#         -DFORMAT=ots|ods -DINPUTS=<a.fods;b.fods> -P ConvertWorkbooks.cmake
#
# Writes OUT_DIR/<name>.<FORMAT> for each input. Each run uses its own throwaway office
# profile (a fresh folder under WORK_DIR, pre-seeded so that the office starts at once), so
# runs never share a profile lock and leave nothing in the user's home; it works as root.
#
# Why the second office run: an office converting without a visible view drops the view
# settings, and the frozen header row lives there (settings.xml, ooo:view-settings). So
# the view settings of the source are put back into the converted settings.xml, and the
# Basic macro Workbooks.xba writes that stream into the package with the office's own
# storage API.

cmake_minimum_required(VERSION 3.25)

foreach(var SOFFICE WORK_DIR OUT_DIR FORMAT INPUTS)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "ConvertWorkbooks.cmake: -D${var}=… is required")
  endif()
endforeach()
set(macro_source ${CMAKE_CURRENT_LIST_DIR}/Workbooks.xba)

# A folder that no other run uses.
string(TIMESTAMP stamp "%Y%m%d%H%M%S" UTC)
while(TRUE)
  string(RANDOM LENGTH 10 ALPHABET "abcdefghijklmnopqrstuvwxyz0123456789" token)
  set(run_dir "${WORK_DIR}/run-${stamp}-${token}")
  if(NOT EXISTS "${run_dir}")
    break()
  endif()
endwhile()
set(profile "${run_dir}/profile")
set(converted "${run_dir}/converted")
file(MAKE_DIRECTORY "${profile}/user" "${converted}")

file(WRITE "${profile}/user/registrymodifications.xcu"
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
  "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
  "<item oor:path=\"/org.openoffice.Setup/Product\"><prop oor:name=\"ooSetupLastVersion\" oor:op=\"fuse\">"
  "<value>7.4</value></prop></item></oor:items>")

# file:// URL of a local path (the office takes the profile as a URL).
function(file_url path out)
  string(REPLACE "%" "%25" path "${path}")
  string(REPLACE " " "%20" path "${path}")
  string(REPLACE "#" "%23" path "${path}")
  set(${out} "file://${path}" PARENT_SCOPE)
endfunction()
file_url("${profile}" profile_url)

set(home_env)
if("$ENV{HOME}" STREQUAL "")
  set(home_env "HOME=${run_dir}")
endif()

function(run_office what)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env ${home_env} "${SOFFICE}" --headless --invisible --norestore --nologo
            --nodefault --nolockcheck "-env:UserInstallation=${profile_url}" ${ARGN}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 600)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "soffice failed (${what}, exit ${result}):\n${output}")
  endif()
endfunction()

# 1. Convert all inputs in one office run.
run_office("convert to ${FORMAT}" --convert-to ${FORMAT} --outdir "${converted}" ${INPUTS})

# 2. Put each source's view settings into its converted settings.xml.
set(begin_tag "<config:config-item-set config:name=\"ooo:view-settings\">")
set(end_tag "</config:config-item-set>")
function(view_settings text out)  # the ooo:view-settings set of a settings document, or ""
  string(FIND "${text}" "${begin_tag}" begin)
  if(begin EQUAL -1)
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  string(SUBSTRING "${text}" ${begin} -1 rest)
  string(FIND "${rest}" "${end_tag}" end)
  string(LENGTH "${end_tag}" end_length)
  math(EXPR length "${end} + ${end_length}")
  string(SUBSTRING "${rest}" 0 ${length} block)
  set(${out} "${block}" PARENT_SCOPE)
endfunction()

set(list_file "${run_dir}/streams.txt")
file(WRITE "${list_file}" "")
set(packages)
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME_WE)
  set(package "${converted}/${name}.${FORMAT}")
  if(NOT EXISTS "${package}")
    message(FATAL_ERROR "soffice did not convert ${input} to ${FORMAT}")
  endif()
  file(READ "${input}" source)
  view_settings("${source}" wanted)
  if(wanted STREQUAL "" OR NOT wanted MATCHES "VerticalSplitMode")
    message(FATAL_ERROR "${input} has no frozen rows in its view settings")
  endif()
  set(unpacked "${run_dir}/unpacked/${name}")
  file(MAKE_DIRECTORY "${unpacked}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf "${package}" settings.xml
                  WORKING_DIRECTORY "${unpacked}" RESULT_VARIABLE result)
  if(NOT result EQUAL 0 OR NOT EXISTS "${unpacked}/settings.xml")
    message(FATAL_ERROR "cannot read settings.xml from ${package}")
  endif()
  file(READ "${unpacked}/settings.xml" settings)
  view_settings("${settings}" dropped)
  if(dropped STREQUAL "")
    string(REPLACE "<office:settings>" "<office:settings>${wanted}" settings "${settings}")
  else()
    string(REPLACE "${dropped}" "${wanted}" settings "${settings}")
  endif()
  file(WRITE "${run_dir}/${name}-settings.xml" "${settings}")
  file(APPEND "${list_file}" "${package}\nsettings.xml\n${run_dir}/${name}-settings.xml\n")
  list(APPEND packages "${package}")
endforeach()

# The Basic library ConcordBuild with the module Workbooks, in the profile's "My Macros".
# Written after the first office run, which lays out the profile's basic/ folder anew.
set(dtd "<!DOCTYPE library:libraries PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"libraries.dtd\">")
file(WRITE "${profile}/user/basic/script.xlc"
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n${dtd}\n"
  "<library:libraries xmlns:library=\"http://openoffice.org/2000/library\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
  "<library:library library:name=\"Standard\" library:link=\"false\"/>"
  "<library:library library:name=\"ConcordBuild\" xlink:href=\"$(USER)/basic/ConcordBuild/script.xlb/\" "
  "xlink:type=\"simple\" library:link=\"false\"/></library:libraries>\n")
file(WRITE "${profile}/user/basic/ConcordBuild/script.xlb"
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<!DOCTYPE library:library PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"library.dtd\">\n"
  "<library:library xmlns:library=\"http://openoffice.org/2000/library\" library:name=\"ConcordBuild\" "
  "library:readonly=\"false\" library:passwordprotected=\"false\"><library:element library:name=\"Workbooks\"/>"
  "</library:library>\n")
file(MAKE_DIRECTORY "${profile}/user/basic/ConcordBuild")
file(COPY_FILE "${macro_source}" "${profile}/user/basic/ConcordBuild/Workbooks.xba")

# 3. Write them back into the packages (one office run), then check the result.
run_office("restore view settings" "macro:///ConcordBuild.Workbooks.ReplaceStreams(\"${list_file}\")")
if(NOT EXISTS "${list_file}.done")
  message(FATAL_ERROR "the office did not run the macro ConcordBuild.Workbooks.ReplaceStreams")
endif()
file(READ "${list_file}.done" outcome)
string(STRIP "${outcome}" outcome)
if(NOT outcome STREQUAL "ok")
  message(FATAL_ERROR "restoring view settings failed: ${outcome}")
endif()

file(MAKE_DIRECTORY "${OUT_DIR}")
foreach(package IN LISTS packages)
  get_filename_component(name "${package}" NAME_WE)
  set(check "${run_dir}/check/${name}")
  file(MAKE_DIRECTORY "${check}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf "${package}" mimetype settings.xml
                  WORKING_DIRECTORY "${check}" RESULT_VARIABLE result)
  file(READ "${check}/settings.xml" settings)
  file(READ "${check}/mimetype" mimetype)
  if(NOT result EQUAL 0 OR NOT settings MATCHES "VerticalSplitMode" OR NOT mimetype MATCHES "opendocument")
    message(FATAL_ERROR "${package}: view settings or mimetype missing after the update")
  endif()
  # Replace the output in one step, so that a reader never sees half a file.
  file(COPY_FILE "${package}" "${OUT_DIR}/${name}.${FORMAT}.part")
  file(RENAME "${OUT_DIR}/${name}.${FORMAT}.part" "${OUT_DIR}/${name}.${FORMAT}")
endforeach()

file(REMOVE_RECURSE "${run_dir}")
