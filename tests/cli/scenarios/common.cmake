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

# The train and test accuracies of a train command's final metrics, as printed ("0.8500").
function(final_accuracies output train_variable test_variable)
  final_metrics("${output}" metrics)
  if(NOT metrics MATCHES "^train  loss ${NUMBER} accuracy ([0-9.]+)\ntest   loss ${NUMBER} accuracy ([0-9.]+)\n$")
    message(FATAL_ERROR "no accuracies in\n${metrics}")
  endif()
  set(${train_variable} "${CMAKE_MATCH_1}" PARENT_SCOPE)
  set(${test_variable} "${CMAKE_MATCH_2}" PARENT_SCOPE)
endfunction()

# The number of right answers out of `examples` that an accuracy printed with four decimals stands for.
function(correct_count accuracy examples variable)
  string(REPLACE "." "" digits "${accuracy}")
  string(REGEX MATCH "^0*([0-9]+)$" digits "${digits}")  # without leading zeros
  math(EXPR scaled "${CMAKE_MATCH_1} * ${examples}")
  math(EXPR count "(${scaled} + 5000) / 10000")
  # The printed accuracy is rounded to 0.00005, so accuracy·examples is within examples/2 of count (×10000).
  math(EXPR off "${scaled} - ${count} * 10000")
  math(EXPR limit "${examples} / 2 + 1")
  if(off GREATER limit OR off LESS -${limit})
    message(FATAL_ERROR "accuracy ${accuracy} is no whole number of ${examples} examples")
  endif()
  set(${variable} "${count}" PARENT_SCOPE)
endfunction()

# The numbers of a model document's layers, as a CMake list: every weight (`what` weights) or every bias (biases).
function(model_numbers model what variable)
  set(numbers "")
  string(JSON layers LENGTH "${model}" layers)
  math(EXPR last_layer "${layers} - 1")
  foreach(layer RANGE ${last_layer})
    if(what STREQUAL "weights")
      string(JSON rows LENGTH "${model}" layers ${layer} weights)
      math(EXPR last_row "${rows} - 1")
      foreach(row RANGE ${last_row})
        string(JSON count LENGTH "${model}" layers ${layer} weights ${row})
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
          string(JSON value GET "${model}" layers ${layer} weights ${row} ${i})
          list(APPEND numbers "${value}")
        endforeach()
      endforeach()
    else()
      string(JSON count LENGTH "${model}" layers ${layer} biases)
      math(EXPR last "${count} - 1")
      foreach(i RANGE ${last})
        string(JSON value GET "${model}" layers ${layer} biases ${i})
        list(APPEND numbers "${value}")
      endforeach()
    endif()
  endforeach()
  set(${variable} "${numbers}" PARENT_SCOPE)
endfunction()

# Fails unless every item of the list `numbers` matches `regex`.
function(expect_each numbers regex)
  foreach(value IN LISTS numbers)
    if(NOT value MATCHES "${regex}")
      message(FATAL_ERROR "expected every number to match ${regex}, but found ${value} in\n${numbers}")
    endif()
  endforeach()
endfunction()

function(expect_different first second)
  if("${first}" STREQUAL "${second}")
    message(FATAL_ERROR "expected a difference, but both are\n${first}")
  endif()
endfunction()
