# --optimizer, --regularization and --reg-rate decide how each step changes the weights.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

set(RUN train --dataset circle --points 200 --layers 6 --epochs 10 --seed 4 --no-shuffle)

# The default is SGD; momentum and Adam take other steps from the same start, each the same every time.
run_nnplay(0 ${RUN})
final_metrics("${OUT}" default)
foreach(optimizer sgd momentum adam)
  run_nnplay(0 ${RUN} --optimizer ${optimizer} -o ${optimizer}.json)
  final_metrics("${OUT}" ${optimizer})
  run_nnplay(0 ${RUN} --optimizer ${optimizer})
  final_metrics("${OUT}" again)
  expect_equal("${again}" "${${optimizer}}")
  file(READ "${WORK}/${optimizer}.json" model)
  string(JSON name GET "${model}" training config optimizer name)
  expect_equal("${name}" "${optimizer}")
endforeach()
expect_equal("${sgd}" "${default}")
expect_different("${momentum}" "${sgd}")
expect_different("${adam}" "${sgd}")
expect_different("${adam}" "${momentum}")
expect_bad_input("unknown optimizer \"rmsprop\" \\(known: sgd, momentum, adam\\)" train --optimizer rmsprop --epochs 0)

# A penalty at rate 0 changes nothing; at a positive rate L1 and L2 each change the run, differently.
foreach(kind L1 L2)
  run_nnplay(0 ${RUN} --regularization ${kind} --reg-rate 0)
  final_metrics("${OUT}" unpenalised)
  expect_equal("${unpenalised}" "${default}")
  run_nnplay(0 ${RUN} --regularization ${kind} --reg-rate 0.03 -o ${kind}.json)
  final_metrics("${OUT}" ${kind})
  expect_different("${${kind}}" "${default}")
  file(READ "${WORK}/${kind}.json" model)
  string(JSON recorded GET "${model}" training config optimizer regularization)
  expect_equal("${recorded}" "${kind}")
  string(JSON rate GET "${model}" training config optimizer regularizationRate)
  expect_match("${rate}" "^0\\.0(3|29999999+[0-9]*|300000+[0-9]*)$")  # 0.03 as CMake prints the double
endforeach()
expect_different("${L1}" "${L2}")
# A rate without a kind has no penalty to weigh.
run_nnplay(0 ${RUN} --reg-rate 0.03)
final_metrics("${OUT}" rate_alone)
expect_equal("${rate_alone}" "${default}")

# L1 strong enough sets weights to exactly zero (the Playground's dead weights); without it none is zero.
set(ZERO "^-?0(\\.0*)?$")
run_nnplay(0 ${RUN} -o unpenalised.json)
file(READ "${WORK}/unpenalised.json" model)
model_numbers("${model}" weights weights)
list(FILTER weights INCLUDE REGEX "${ZERO}")
expect_equal("${weights}" "")
run_nnplay(0 ${RUN} --regularization L1 --reg-rate 0.3 -o sparse.json)
file(READ "${WORK}/sparse.json" model)
model_numbers("${model}" weights weights)
list(FILTER weights INCLUDE REGEX "${ZERO}")
expect_different("${weights}" "")

expect_bad_input("unknown regularization \"L3\" \\(known: none, L1, L2\\)" train --regularization L3 --epochs 0)
expect_bad_input("[^\n]*rate must be a finite number ≥ 0, not -1\n" train --regularization L2 --reg-rate -1 --epochs 0)
