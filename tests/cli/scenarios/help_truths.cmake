# What --help offers is what the engine accepts: hidden and output activations.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run_nnplay(0 train --help)
string(REGEX MATCH "\n  --activation NAME +of the hidden layers: ([^(\n]*) \\(" line "${OUT}")
string(REPLACE ", " ";" hidden "${CMAKE_MATCH_1}")
string(REGEX MATCH "\n  --output NAME +of the output layer: ([^(\n]*) \\(" line "${OUT}")
string(REPLACE ", " ";" outputs "${CMAKE_MATCH_1}")
expect_equal("${outputs}" "linear;tanh;sigmoid;softmax")
if("softmax" IN_LIST hidden OR NOT "relu" IN_LIST hidden)
  message(FATAL_ERROR "hidden activations offered: ${hidden}")
endif()

# Each offered activation trains; others are refused with the reason.
foreach(name IN LISTS hidden)
  run_nnplay(0 train --dataset circle --layers 2 --activation ${name} --epochs 1)
endforeach()
foreach(name IN LISTS outputs)
  if(name STREQUAL "softmax")
    run_nnplay(0 train --dataset circle --layers 2 --output ${name} --epochs 1)
  else()
    run_nnplay(0 train --dataset circle --layers 2 --output ${name} --loss squared --epochs 1)
  endif()
endforeach()
expect_bad_input("softmax can only be the output layer's activation" train --activation softmax --epochs 1)
expect_bad_input("a relu output layer is not supported: the output layer is linear, tanh, sigmoid or softmax"
                 train --output relu --epochs 1)
