include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# The article's house prices: a linear model fitted to the generating rule predicts a house of
# 100 m², 2 stories, 500 m from school at 150000 + 90.3·100 + 1006.2·2 − 40.5·500 = 140792.4.
run_nnplay(0 train --preset houses --epochs 300 -o houses.json)
run_nnplay(0 predict --model houses.json --input 100,2,500)
string(STRIP "${OUT}" price)
math(EXPR off_by "${price} - 140792")
if(off_by GREATER 300 OR off_by LESS -300)
  message(FATAL_ERROR "predicted ${price}, expected about 140792")
endif()

# The driving test: person B (50, female, 20 lessons) passes with the article's network untrained.
run_nnplay(0 train --preset driving --epochs 0 -o driving.json)
run_nnplay(0 predict --model driving.json --input 50,1,20)
expect_match("${OUT}" "^pass\t0.952")

expect_bad_input("unknown preset \"cars\" \\(known: houses, driving\\)" train --preset cars)
