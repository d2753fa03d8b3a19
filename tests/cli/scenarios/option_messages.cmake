# Errors name what the user typed: the option, not the configuration key it sets.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

expect_bad_input("--seed must be 0 or more, not -1\n" train --seed -1)
file(WRITE "${WORK}/data.csv" "a,b,y\n1,2,0.5\n3,4,1.5\n5,6,2.5\n")
expect_bad_input("--seed must be 0 or more, not -1\n" train --csv data.csv --seed -1)
expect_bad_input("--weight-seed must be between 0 and 2147483647, not -2\n" train --weight-seed -2)
expect_bad_input("--epochs must be 0 or more, not -3\n" train --epochs -3)

file(WRITE "${WORK}/half.json" "{\"network\": {\"hidden\": [8.5]}}")
expect_bad_input("config.network.hidden\\[0\\] must be a whole number of neurons or an object such as \\{\"units\": 8, \"activation\": \"relu\"\\}, not 8.5\n"
                 train --config half.json)

run_nnplay(1 train --dataset plane --optimizer momentum --lr 3 --epochs 5)
expect_match("${ERR}" "The learning rate \\(3\\) is probably too high for the momentum \\(0.9\\), which makes steps up to 10 times larger: lower either\\.")
