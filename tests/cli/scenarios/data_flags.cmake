# --points, --train-percent, --noise and --classes decide the data a run trains and tests on.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# --init zeros with --epochs 0 is a constant classifier: every weight 0 and every bias 0.1, so the tanh
# output is tanh(0.1) = 0.0996680 ≥ 0, class 1, for every input. Its squared loss is
# ½(1 − 0.0996680)² = 0.405299 on a class-1 example and ½(−1 − 0.0996680)² = 0.604635 on a class-0 one.
set(CONSTANT --init zeros --epochs 0)

# --points 4 --train-percent 25: the circle's 2 inner (class 1) and 2 outer points, 1 to train on and 3 to
# test. Trained on an inner point: train 1/1 right, test 1/3 right, test loss (0.405299 + 2·0.604635)/3 = 0.53819;
# on an outer one: train 0/1, test 2/3, test loss (2·0.405299 + 0.604635)/3 = 0.471744.
run_nnplay(0 train --dataset circle --points 4 --train-percent 25 --seed 3 ${CONSTANT} -o four.json)
final_metrics("${OUT}" metrics)
expect_match("${metrics}" "^(train  loss 0\\.405299 accuracy 1\\.0000\ntest   loss 0\\.53819 accuracy 0\\.3333|train  loss 0\\.604635 accuracy 0\\.0000\ntest   loss 0\\.471744 accuracy 0\\.6667)\n$")
file(READ "${WORK}/four.json" model)
string(JSON points GET "${model}" training config dataset points)
expect_equal("${points}" "4")
string(JSON percent GET "${model}" training config dataset trainPercent)
expect_match("${percent}" "^25(\\.0*)?$")

# --train-percent on a CSV: the first rows train, the rest test. Labels 1 1 1 0 0 0 0 1 1 0.
file(WRITE "${WORK}/rows.csv" "x,label\n1,1\n2,1\n3,1\n4,0\n5,0\n6,0\n7,0\n8,1\n9,1\n10,0\n")
# 30%: rows 1–3 (three 1s) train, 1.0000; rows 4–10 (two 1s of 7) test, 0.2857, loss (2·0.405299 + 5·0.604635)/7 = 0.547682.
run_nnplay(0 train --csv rows.csv --train-percent 30 ${CONSTANT})
final_metrics("${OUT}" metrics)
expect_equal("${metrics}" "train  loss 0.405299 accuracy 1.0000\ntest   loss 0.547682 accuracy 0.2857\n")
# The default, 50%: rows 1–5 (three 1s) 0.6000; rows 6–10 (two 1s) 0.4000.
run_nnplay(0 train --csv rows.csv ${CONSTANT})
final_accuracies("${OUT}" train test)
expect_equal("${train} ${test}" "0.6000 0.4000")
expect_bad_input("[^\n]* must be more than 0 and less than 100 percent, not 100\n" train --csv rows.csv --train-percent 100)

# --noise moves points across the circle's boundary, so the classes are no longer exactly half each. The
# constant classifier's right answers on the training and test halves add up to the class-1 points that
# `eval` counts in the same data, which eval generates on its own from the same options.
foreach(noise 0 0.5)
  run_nnplay(0 train --dataset circle --points 400 --noise ${noise} --seed 5 ${CONSTANT} -o noise.json)
  final_accuracies("${OUT}" train test)
  correct_count(${train} 200 train_right)
  correct_count(${test} 200 test_right)
  run_nnplay(0 eval --model noise.json --dataset circle --points 400 --noise ${noise} --seed 5)
  expect_match("${OUT}" "^examples  400\n")
  string(REGEX MATCH "accuracy  ([0-9.]+)" _ "${OUT}")
  correct_count(${CMAKE_MATCH_1} 400 all_right)
  math(EXPR sum "${train_right} + ${test_right}")
  expect_equal("${sum}" "${all_right}")
  set(class_1_points_${noise} ${all_right})
endforeach()
expect_equal("${class_1_points_0}" "200")
expect_different("${class_1_points_0.5}" "200")
file(READ "${WORK}/noise.json" model)
string(JSON noise GET "${model}" training config dataset noise)
expect_equal("${noise}" "0.5")
expect_bad_input("noise must be between 0 and 0.5, not 0.7" train --noise 0.7 --epochs 0)

# --classes 4: four blobs of 25, a softmax of 4. Untrained with equal outputs, each class gets probability ¼:
# cross-entropy log 4 = 1.38629 per example; argmax picks the first class, right on 25 of the 100 points.
run_nnplay(0 train --dataset blobs --classes 4 --points 100 ${CONSTANT} -o blobs.json)
expect_match("${OUT}" "\ntrain  loss 1\\.38629 accuracy ${NUMBER}\ntest   loss 1\\.38629 accuracy ")
file(READ "${WORK}/blobs.json" model)
string(JSON classes LENGTH "${model}" output classes)
expect_equal("${classes}" "4")
string(JSON units LENGTH "${model}" layers 2 weights)
expect_equal("${units}" "4")
string(JSON head GET "${model}" layers 2 activation)
expect_equal("${head}" "softmax")
run_nnplay(0 eval --model blobs.json --dataset blobs --classes 4 --points 100)
expect_match("${OUT}" "^examples  100\nloss      1\\.38629\naccuracy  0\\.2500\n")
expect_bad_input("--classes must be between 2 and 8, not 9" train --dataset blobs --classes 9 --epochs 0)
