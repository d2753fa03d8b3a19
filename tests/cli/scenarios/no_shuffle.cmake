# With the training order fixed, two runs with the same seed report the same losses.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

run_nnplay(0 train --dataset xor --layers 4 --epochs 20 --seed 7 --no-shuffle -o fixed.json)
set(first "${ERR}${OUT}")
run_nnplay(0 train --dataset xor --layers 4 --epochs 20 --seed 7 --no-shuffle -o fixed.json)
expect_equal("${ERR}${OUT}" "${first}")
file(READ "${WORK}/fixed.json" model)
string(JSON shuffle GET "${model}" training config shuffle)
expect_equal("${shuffle}" "OFF")
