# Trains a small spiral and saves it; the other scenarios use the model and the printed metrics.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run_nnplay(0 train ${SPIRAL_FLAGS} --epochs 40 -o spiral.json)
expect_match("${OUT}" "^epochs 40\ntrain  loss ${NUMBER} accuracy ${NUMBER}\ntest   loss ${NUMBER} accuracy ${NUMBER}\nsaved  spiral.json\n$")
# Not a terminal: a plain line after every tenth of the epochs.
string(REGEX MATCHALL "epoch [0-9]+/40 train loss ${NUMBER} test loss ${NUMBER} test accuracy ${NUMBER}\n" lines "${ERR}")
list(LENGTH lines count)
expect_equal("${count}" "10")
expect_match("${ERR}" "^epoch 4/40 .*\nepoch 40/40 [^\n]*\n$")

file(READ "${WORK}/spiral.json" model)
string(JSON format GET "${model}" format)
expect_equal("${format}" "nnplay-model")
string(JSON epoch GET "${model}" training epoch)
expect_equal("${epoch}" "40")
file(WRITE "${WORK}/train_output.txt" "${OUT}")
