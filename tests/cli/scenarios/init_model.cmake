# Starting from a saved model without training gives the numbers it was saved with.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

file(READ "${FIXTURE}/train_output.txt" first)
final_metrics("${first}" expected)
run_nnplay(0 train --dataset spiral --seed 1 --init "${FIXTURE}/spiral.json" --epochs 0)
expect_match("${OUT}" "^epochs 0\n")
final_metrics("${OUT}" metrics)
expect_equal("${metrics}" "${expected}")
run_nnplay(0 train --dataset spiral --seed 1 --init-model "${FIXTURE}/spiral.json" --epochs 0)
final_metrics("${OUT}" metrics)
expect_equal("${metrics}" "${expected}")
