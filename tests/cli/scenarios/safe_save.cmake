# -o replaces a model file only with a complete one, and a path that cannot be written is refused
# before any training.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run_nnplay(0 train --dataset circle --epochs 0 -o m.json)
file(READ "${WORK}/m.json" saved)

# A write that fails part-way: at most one 512-byte block per file (ulimit -f 1), with SIGXFSZ
# ignored so that write() fails with EFBIG instead of killing the process. The model of an 8,8
# network is longer than 512 bytes.
execute_process(COMMAND sh -c "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"" "${NNPLAY}"
                        train --dataset circle --layers 8,8 --epochs 1 -o m.json
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect_equal("${code}" "2")
expect_match("${err}" "nnplay: cannot write m.json: File too large\n$")
file(READ "${WORK}/m.json" after)
expect_equal("${after}" "${saved}")
# Nothing is left beside it: the temporary file was removed.
file(GLOB left RELATIVE "${WORK}" "${WORK}/*" "${WORK}/.*")
expect_equal("${left}" "m.json")

# Refused at once: one line on stderr (no progress) and nothing on stdout (no final metrics).
# (CMake drops an empty argument from a command line: sh passes it.)
execute_process(COMMAND sh -c "exec \"$0\" train --dataset spiral --epochs 100000 -o ''" "${NNPLAY}"
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect_equal("${code}|${out}|${err}" "2||nnplay: -o needs a file name\n")
expect_bad_input("cannot write /proc/m.json: No such file or directory"
                 train --dataset spiral --epochs 100000 -o /proc/m.json)
file(MAKE_DIRECTORY "${WORK}/folder")
expect_bad_input("cannot write folder: it is a directory" train --dataset spiral --epochs 100000 -o folder)
