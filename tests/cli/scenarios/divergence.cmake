include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run_nnplay(1 train --dataset plane --lr 1e9 --epochs 5 -o never.json)
expect_match("${ERR}" "nnplay: training diverged in epoch 1: the loss became [^\n]*learning rate[^\n]*\n$")
if(EXISTS "${WORK}/never.json")
  message(FATAL_ERROR "a diverged run saved a model")
endif()
