include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
set(MODEL "${FIXTURE}/spiral.json")

run_nnplay(0 eval --model "${MODEL}" --dataset spiral --seed 1)
expect_match("${OUT}" "^examples  500\nloss      ${NUMBER}\naccuracy  ${NUMBER}\n")
expect_match("${OUT}" "accuracy per class\n  negative  ${NUMBER}\n  positive  ${NUMBER}\n")
expect_match("${OUT}" "confusion matrix [^\n]*\n +negative +positive\n  negative +[0-9]+ +[0-9]+\n  positive +[0-9]+ +[0-9]+\n$")
# The confusion matrix counts every example once.
string(REGEX MATCHALL "  (negative|positive) +([0-9]+) +([0-9]+)\n" rows "${OUT}")
set(total 0)
foreach(row IN LISTS rows)
  string(REGEX MATCH "([0-9]+) +([0-9]+)" pair "${row}")
  math(EXPR total "${total} + ${CMAKE_MATCH_1} + ${CMAKE_MATCH_2}")
endforeach()
expect_equal("${total}" "500")

run_nnplay(0 predict --model "${MODEL}" --input 1.5,-2)
expect_match("${OUT}" "^(negative|positive)\t${NUMBER}\n$")
set(single "${OUT}")

# CSV columns are found by name, in any order; the label column is ignored.
file(WRITE "${WORK}/points.csv" "label,x2,x1\n1,-2,1.5\n0,3,0\n1,-1,\"-1\"\n")
run_nnplay(0 predict --model "${MODEL}" --csv points.csv)
expect_match("${OUT}" "^(negative|positive)\t${NUMBER}\n(negative|positive)\t${NUMBER}\n(negative|positive)\t${NUMBER}\n$")
string(REGEX MATCH "^[^\n]*\n" first_line "${OUT}")
expect_equal("${first_line}" "${single}")
