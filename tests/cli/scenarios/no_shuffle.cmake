# --no-shuffle keeps the training order fixed: the shuffle seed then changes nothing, while shuffled runs
# with different shuffle seeds differ. --seed sets the data, weight and shuffle seeds together, so the
# shuffle seed alone is set in a configuration file, with the data and weight seeds held fixed.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

foreach(seed 1 2)
  file(WRITE "${WORK}/shuffle_${seed}.json"
       "{\"dataset\": {\"name\": \"xor\", \"seed\": 7}, \"network\": {\"hidden\": [4]}, \"weightSeed\": 7, \"shuffleSeed\": ${seed}}")
  run_nnplay(0 train --config shuffle_${seed}.json --epochs 20)
  final_metrics("${OUT}" shuffled_${seed})
  run_nnplay(0 train --config shuffle_${seed}.json --epochs 20 --no-shuffle -o fixed_${seed}.json)
  set(fixed_${seed} "${ERR}${OUT}")
  final_metrics("${OUT}" fixed_metrics_${seed})
endforeach()
expect_different("${shuffled_1}" "${shuffled_2}")
string(REPLACE "fixed_1.json" "fixed_2.json" fixed_1 "${fixed_1}")
expect_equal("${fixed_2}" "${fixed_1}")
expect_different("${fixed_metrics_1}" "${shuffled_1}")

file(READ "${WORK}/fixed_2.json" model)
string(JSON shuffle GET "${model}" training config shuffle)
expect_equal("${shuffle}" "OFF")
string(JSON seed GET "${model}" training config shuffleSeed)
expect_equal("${seed}" "2")

# With --seed too, two runs repeat exactly.
run_nnplay(0 train --dataset xor --layers 4 --epochs 20 --seed 7 --no-shuffle)
set(first "${ERR}${OUT}")
run_nnplay(0 train --dataset xor --layers 4 --epochs 20 --seed 7 --no-shuffle)
expect_equal("${ERR}${OUT}" "${first}")
