# The configuration saved in a model file trains the same model again, and options override it.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

file(READ "${FIXTURE}/spiral.json" model)
string(JSON config GET "${model}" training config)
file(WRITE "${WORK}/run.json" "${config}")
run_nnplay(0 train --config run.json --epochs 40)
final_metrics("${OUT}" again)
file(READ "${FIXTURE}/train_output.txt" first)
final_metrics("${first}" expected)
expect_equal("${again}" "${expected}")

run_nnplay(0 train --config run.json --epochs 1 --lr 0.1 --dataset circle -o override.json)
file(READ "${WORK}/override.json" overridden)
string(JSON rate GET "${overridden}" training config optimizer learningRate)
expect_match("${rate}" "^0\\.100000+[0-9]?$")  # CMake prints the double 0.1 with 17 digits
string(JSON name GET "${overridden}" training config dataset name)
expect_equal("${name}" "circle")
string(JSON hidden GET "${overridden}" training config network hidden)
expect_match("${hidden}" "^\\[ *8, *8 *\\]$")
