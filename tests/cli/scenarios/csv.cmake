# Data from CSV files: a classifier with text labels and a regression, each trained, evaluated
# and used for predictions.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# width, height → "tall" when height > width, else "wide"; and a, b → y = 2a − b.
set(shapes "width,height,kind\n")
set(values "a,b,y\n")
foreach(i RANGE 39)
  math(EXPR width "${i} % 7")
  math(EXPR height "(${i} * 3) % 8")
  if(height GREATER width)
    string(APPEND shapes "${width},${height},tall\n")
  else()
    string(APPEND shapes "${width},${height},wide\n")
  endif()
  math(EXPR y "2 * ${width} - ${height}")
  string(APPEND values "${width},${height},${y}\n")
endforeach()
file(WRITE "${WORK}/shapes.csv" "${shapes}")
file(WRITE "${WORK}/values.csv" "${values}")

run_nnplay(0 train --csv shapes.csv --label kind --layers 4 --epochs 30 -o shapes.json)
expect_match("${OUT}" "test   loss ${NUMBER} accuracy ${NUMBER}\n")
run_nnplay(0 eval --model shapes.json --csv shapes.csv)
expect_match("${OUT}" "^examples  40\nloss      ${NUMBER}\naccuracy  ${NUMBER}\naccuracy per class\n  tall  ${NUMBER}\n  wide  ${NUMBER}\n")
file(WRITE "${WORK}/new_shapes.csv" "height,width\n6,1\n1,6\n")
run_nnplay(0 predict --model shapes.json --csv new_shapes.csv)
expect_match("${OUT}" "^(tall|wide)\t${NUMBER}\n(tall|wide)\t${NUMBER}\n$")

run_nnplay(0 train --csv values.csv --layers 4 --epochs 30 -o values.json)
expect_match("${OUT}" "train  loss ${NUMBER} RMSE ${NUMBER} R² ${NUMBER}\n")
run_nnplay(0 eval --model values.json --csv values.csv)
expect_match("${OUT}" "^examples  40\nloss      ${NUMBER}\nRMSE      ${NUMBER}\nR²        ${NUMBER}\n$")
run_nnplay(0 predict --model values.json --input 3,2)
expect_match("${OUT}" "^${NUMBER}\n$")

# A test set must have the training set's kind of label.
file(WRITE "${WORK}/numbers.csv" "width,height,kind\n1,2,0.5\n3,4,1.5\n")
expect_bad_input("the test CSV has numbers to predict, the training CSV classes"
                 train --csv shapes.csv --test numbers.csv --epochs 1)
