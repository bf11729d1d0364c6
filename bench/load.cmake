# The load test and backup under load (bench/load.sh: 200 users, 60 s, 3 backups). It drives the real server
# through tests/integration/live_server.cpp; a short form (20 users, 5 s, one backup) runs in ctest (label load).
find_package(PkgConfig REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
find_package(SQLite3 REQUIRED)
add_executable(sxpool_load_bench "${CMAKE_CURRENT_LIST_DIR}/load_bench.cpp" "${CMAKE_CURRENT_LIST_DIR}/load_users.cpp"
  "${CMAKE_SOURCE_DIR}/tests/integration/live_server.cpp")
target_include_directories(sxpool_load_bench PRIVATE "${CMAKE_SOURCE_DIR}/tests/integration")
target_link_libraries(sxpool_load_bench PRIVATE PkgConfig::HTTPLIB nlohmann_json::nlohmann_json SQLite::SQLite3
  sxpool_shared)
target_compile_definitions(sxpool_load_bench PRIVATE SXPOOL_BINARY="$<TARGET_FILE:sxpool>")
add_dependencies(sxpool_load_bench sxpool)
add_test(NAME load_smoke COMMAND sxpool_load_bench --users 20 --seconds 5 --think-ms 50 --backups 1)
set_tests_properties(load_smoke PROPERTIES LABELS "load" TIMEOUT 300)
