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

# train shows the learned formula in the units of the inputs: the article's 90.3, 1006.2 and −40.5,
# each within about 2% (the ranges the patterns allow: 88.5–92.1, 986–1026, 39.7–41.3).
run_nnplay(0 train --preset houses)
expect_match("${OUT}" "\nlearned price = ${NUMBER} \\+ (8[89]|9[0-2])\\.[0-9]*\\*size_m2 ")
expect_match("${OUT}" " \\+ (98[6-9]|99[0-9]|10[01][0-9]|102[0-5])(\\.[0-9]*)?\\*stories ")
expect_match("${OUT}" " - (39\\.[7-9]|40\\.[0-9]|41\\.[0-2])[0-9]*\\*distance_to_school_m\n")
expect_match("${OUT}" "before  a house of 100 m², 2 stories, 500 m from a school  ${NUMBER}\n")
expect_match("${OUT}" "after   a house of 100 m², 2 stories, 500 m from a school  14(07[89]|08[0-9])[0-9]\n")

# The driving test, untrained: the article's network. Person A: σ(−3) = 4.74%; person B:
# σ(2.9925) = 95.22%. predict prints each class's probability.
run_nnplay(0 train --preset driving --epochs 0 -o driving.json)
run_nnplay(0 predict --model driving.json --input 20,0,10)
expect_equal("${OUT}" "fail\tfail 95.26%\tpass 4.74%\n")
run_nnplay(0 predict --model driving.json --input 50,1,20)
expect_equal("${OUT}" "pass\tfail 4.78%\tpass 95.22%\n")

# Trained, it shows persons A and B before and after, and keeps the article's answers (each
# within half a percentage point: A 4.24–5.24%, B 94.72–95.72%).
run_nnplay(0 train --preset driving)
expect_match("${OUT}" "^before  person A \\(20-year-old man, 10 lessons\\)  fail  fail 95.26%  pass 4.74%\n")
expect_match("${OUT}" "\nbefore  person B \\(50-year-old woman, 20 lessons\\)  pass  fail 4.78%  pass 95.22%\n")
expect_match("${OUT}" "\nafter   person A [^\n]*  pass (4\\.[3-9][0-9]|5\\.[01][0-9]|5\\.2[0-4])%\n")
expect_match("${OUT}" "\nafter   person B [^\n]*  pass (94\\.[89][0-9]|94\\.7[2-9]|95\\.[0-6][0-9]|95\\.7[0-2])%\n")

expect_bad_input("unknown preset \"cars\" \\(known: houses, driving\\)" train --preset cars)
