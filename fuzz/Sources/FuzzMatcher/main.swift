import FuzzSupport

runLibFuzzer(fuzzMatcher)
