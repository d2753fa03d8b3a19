# Files an attacker or a careless tool could hand the CLI: each is refused with a message, no crash.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# 100 000 nested lists: a recursive reader would overflow the stack (SIGSEGV).
string(REPEAT "[" 100000 opening)
string(REPEAT "]" 100000 closing)
file(WRITE "${WORK}/deep.json" "{\"dataset\": ${opening}${closing}}")
expect_bad_input("deep.json nests objects and lists deeper than 64 levels" train --config deep.json)
expect_bad_input("deep.json nests objects and lists deeper than 64 levels" eval --model deep.json --dataset circle)
expect_bad_input("deep.json nests objects and lists deeper than 64 levels" predict --model deep.json --input 1,2)
expect_bad_input("deep.json nests objects and lists deeper than 64 levels" train --init deep.json)

# Numbers beyond a float's range (±3.4e38) would be stored as inf: each is refused, named.
run_nnplay(0 train --dataset circle --epochs 0 -o circle.json)
expect_bad_input("--input's x2 \\(2\\) must be a finite number within a float's range \\(±3.4e38\\), not 1e\\+39"
                 predict --model circle.json --input 1,1e39)
file(WRITE "${WORK}/huge.csv" "x1,x2,label\n1,2,0\n3,-1e308,1\n4,5,0\n")
expect_bad_input("huge.csv: line 3, column 2 \\(\"x2\"\\) must be a finite number within a float's range" train --csv huge.csv)
file(READ "${WORK}/circle.json" model)
string(REGEX REPLACE "\"biases\": \\[[\n ]*[-0-9.e]+" "\"biases\": [1e39" huge_model "${model}")
file(WRITE "${WORK}/huge_model.json" "${huge_model}")
expect_bad_input("huge_model.json: model.layers\\[0\\].biases\\[0\\] must be a finite number within a float's range"
                 predict --model huge_model.json --input 1,2)

# Counts that would wrap around an int.
file(WRITE "${WORK}/wide.json" "{\"network\": {\"hidden\": [4294967304]}}")
expect_bad_input("[^\n]*\\[0\\] must be between -1000000 and 1000000, not 4294967304" train --config wide.json)

# --epochs near 2³¹: progress reports every tenth of the run (214 748 365 epochs), so none comes
# before this learning rate diverges within a few epochs and ends the run.
run_nnplay(1 train --dataset plane --lr 1.6 --epochs 2147483647)
expect_match("${ERR}" "^nnplay: training diverged in epoch [1-9]:")
