# The server benchmark (bench/server.sh): a loader of synthetic applications, a durable-submission client and the
# raw SQLite insert+fsync baseline, all in one tool linked against the server's own store and services.
add_executable(sxpool_server_bench EXCLUDE_FROM_ALL "${CMAKE_CURRENT_LIST_DIR}/server_bench.cpp")
target_link_libraries(sxpool_server_bench PRIVATE sxpool_server_core)
