# cmake -DOUT=file -DPARTS="a|b" -P concat.cmake : writes the parts, in order, into OUT.
string(REPLACE "|" ";" PARTS "${PARTS}")
file(WRITE "${OUT}" "")
foreach(part ${PARTS})
  file(READ "${part}" text)
  file(APPEND "${OUT}" "${text}\n")
endforeach()
