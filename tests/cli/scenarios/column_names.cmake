# One rule wherever a model meets a CSV (train --init, eval, predict): columns by name, classes by name.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# The same 40 points headed x1,x2,label and x2,x1,label (columns swapped with their names).
set(ordered "x1,x2,label\n")
set(swapped "x2,x1,label\n")
set(signs "x1,x2,label\n")
foreach(i RANGE 39)
  math(EXPR x1 "${i} % 7 - 3")
  math(EXPR x2 "(${i} * 3) % 8 - 4")
  if(x2 GREATER x1)
    set(label positive)
    set(sign 1)
  else()
    set(label negative)
    set(sign -1)
  endif()
  string(APPEND ordered "${x1},${x2},${label}\n")
  string(APPEND swapped "${x2},${x1},${label}\n")
  string(APPEND signs "${x1},${x2},${sign}\n")
endforeach()
file(WRITE "${WORK}/ordered.csv" "${ordered}")
file(WRITE "${WORK}/swapped.csv" "${swapped}")
file(WRITE "${WORK}/signs.csv" "${signs}")
file(WRITE "${WORK}/renamed.csv" "a,b,label\n1,2,positive\n3,4,negative\n5,6,positive\n")

# A model of the circle dataset reads x1, x2 and names its classes negative, positive.
run_nnplay(0 train --dataset circle --epochs 10 -o circle.json)

run_nnplay(0 train --csv ordered.csv --init circle.json --epochs 0)
final_metrics("${OUT}" from_ordered)
run_nnplay(0 train --csv swapped.csv --init circle.json --epochs 0)
final_metrics("${OUT}" from_swapped)
expect_equal("${from_swapped}" "${from_ordered}")

expect_bad_input("the data has no input \"x1\" \\(the model reads x1, x2; the data has a, b\\)"
                 train --csv renamed.csv --init circle.json --epochs 0)
file(WRITE "${WORK}/twice.csv" "x1,x2,x1,label\n1,2,3,positive\n3,4,5,negative\n5,6,7,positive\n")
expect_bad_input("twice.csv: line 1: two columns are named \"x1\" \\(columns 1 and 3\\)"
                 train --csv twice.csv --init circle.json --epochs 0)
expect_bad_input("twice.csv: line 1: two columns are named \"x1\"" eval --model circle.json --csv twice.csv)
expect_bad_input("twice.csv: line 1: two columns are named \"x1\"" predict --model circle.json --csv twice.csv)

# Classes by name: labels −1/1 are not the classes negative/positive, for train --init as for eval.
expect_bad_input("the labels of the data \\(-1, 1\\) are not the model's classes \\(negative, positive\\)"
                 train --csv signs.csv --init circle.json --epochs 0)
expect_bad_input("signs.csv: the labels of the CSV \\(-1, 1\\) are not the model's classes"
                 eval --model circle.json --csv signs.csv)
# A model trained on from an init is evaluated on the same file without complaint.
run_nnplay(0 train --csv swapped.csv --init circle.json --epochs 5 -o tuned.json)
run_nnplay(0 eval --model tuned.json --csv swapped.csv)
expect_match("${OUT}" "^examples  40\n")

# A UTF-8 byte order mark before the header is not saved into the model's input names.
file(READ "${WORK}/ordered.csv" text)
string(ASCII 239 187 191 bom)
file(WRITE "${WORK}/bom.csv" "${bom}${text}")
run_nnplay(0 train --csv bom.csv --epochs 0 -o bom.json)
file(READ "${WORK}/bom.json" model)
string(JSON first GET "${model}" inputs names 0)
expect_equal("${first}" "x1")
