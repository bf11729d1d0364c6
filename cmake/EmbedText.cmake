# sxpool_embed_text(TARGET NAME FILES f1 f2 ...): generates a C++ source that holds each file's bytes as a
# std::string_view in namespace sxpool::embedded, named after the file (dots and dashes become '_').
# Keeps reference data in its CSV files while the domain model stays free of I/O.
function(sxpool_embed_text target)
  cmake_parse_arguments(ARG "" "NAME" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${ARG_NAME}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${ARG_FILES}" -P "${CMAKE_SOURCE_DIR}/cmake/embed_text_run.cmake"
    DEPENDS ${ARG_FILES} "${CMAKE_SOURCE_DIR}/cmake/embed_text_run.cmake"
    COMMENT "嵌入参考数据 ${ARG_NAME}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
