# The documents bench (bench/documents.sh): one document from the sample data per run, for /usr/bin/time -v.
add_executable(sxpool_documents_bench EXCLUDE_FROM_ALL "${CMAKE_CURRENT_LIST_DIR}/documents_bench.cpp")
target_link_libraries(sxpool_documents_bench PRIVATE sxpool_server_core)
