# Helpers for the scenarios. Each is run as `cmake -DNNPLAY=<binary> -DWORK=<dir> -DFIXTURE=<dir> -P`.
cmake_minimum_required(VERSION 3.20)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

# Runs nnplay with ARGN in WORK; fails unless it exits with `expected`. Sets OUT and ERR.
function(run_nnplay expected)
  execute_process(COMMAND "${NNPLAY}" ${ARGN} WORKING_DIRECTORY "${WORK}"
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code STREQUAL "${expected}")
    message(FATAL_ERROR "nnplay ${ARGN}\nexited ${code}, expected ${expected}\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  set(OUT "${out}" PARENT_SCOPE)
  set(ERR "${err}" PARENT_SCOPE)
endfunction()

# Fails unless `text` matches `regex`.
function(expect_match text regex)
  if(NOT "${text}" MATCHES "${regex}")
    message(FATAL_ERROR "expected a match for\n  ${regex}\nin\n${text}")
  endif()
endfunction()

function(expect_equal actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    message(FATAL_ERROR "expected\n${expected}\nbut got\n${actual}")
  endif()
endfunction()

# Runs nnplay with ARGN and expects exit 2 with one line on stderr: "nnplay: " then a match for `regex`.
function(expect_bad_input regex)
  run_nnplay(2 ${ARGN})
  expect_match("${ERR}" "^nnplay: [^\n]*\n$")
  expect_match("${ERR}" "^nnplay: ${regex}")
  expect_equal("${OUT}" "")
endfunction()

# The lines of a train command's output with the final metrics ("train  loss ..." and "test   loss ...").
function(final_metrics output variable)
  string(REGEX MATCH "train  loss [^\n]*\ntest   loss [^\n]*\n" metrics "${output}")
  if(metrics STREQUAL "")
    message(FATAL_ERROR "no final metrics in\n${output}")
  endif()
  set(${variable} "${metrics}" PARENT_SCOPE)
endfunction()

# A number as printed (no regex groups: CMake allows only nine in an expression).
set(NUMBER "-?[0-9][0-9.e+-]*")
set(SPIRAL_FLAGS --dataset spiral --layers 8,8 --activation tanh --lr 0.03 --batch 10 --seed 1)
