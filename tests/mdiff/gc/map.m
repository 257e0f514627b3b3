./map.go:20:8: a does not escape
./map.go:26:19: `"` + a[i] + `"` escapes to heap
./map.go:40:24: map[string]int{...} does not escape
./map.go:42:14: string([]byte{...}) escapes to heap
./map.go:42:21: []byte{...} does not escape
./map.go:44:21: fmt.Sprintf("mlit[%s] = %d\n", ... argument...) escapes to heap
./map.go:44:21: ... argument does not escape
./map.go:44:22: s escapes to heap
./map.go:44:48: mlit[s] escapes to heap
./map.go:48:13: make(map[int]bool) does not escape
./map.go:49:13: make(map[int]int) does not escape
./map.go:50:13: make(map[float32]int) does not escape
./map.go:51:13: make(map[int]float32) does not escape
./map.go:52:13: make(map[string]int) does not escape
./map.go:53:13: make(map[int]string) does not escape
./map.go:54:13: make(map[string]string) does not escape
./map.go:55:14: make(map[string][]string) does not escape
./map.go:62:14: make(map[int]*T) does not escape
./map.go:63:14: make(map[*T]int) does not escape
./map.go:64:13: make(map[int]T) does not escape
./map.go:68:14: make(map[int]M) does not escape
./map.go:77:15: new(T) escapes to heap
./map.go:80:17: new(T) escapes to heap
./map.go:83:9: M{...} escapes to heap
./map.go:92:13: make([]string, 2) escapes to heap
./map.go:105:20: fmt.Sprintf("len(mib) = %d\n", ... argument...) escapes to heap
./map.go:105:20: ... argument does not escape
./map.go:105:43: len(mib) escapes to heap
./map.go:108:20: fmt.Sprintf("len(mii) = %d\n", ... argument...) escapes to heap
./map.go:108:20: ... argument does not escape
./map.go:108:43: len(mii) escapes to heap
./map.go:111:20: fmt.Sprintf("len(mfi) = %d\n", ... argument...) escapes to heap
./map.go:111:20: ... argument does not escape
./map.go:111:43: len(mfi) escapes to heap
./map.go:114:20: fmt.Sprintf("len(mif) = %d\n", ... argument...) escapes to heap
./map.go:114:20: ... argument does not escape
./map.go:114:43: len(mif) escapes to heap
./map.go:117:20: fmt.Sprintf("len(msi) = %d\n", ... argument...) escapes to heap
./map.go:117:20: ... argument does not escape
./map.go:117:43: len(msi) escapes to heap
./map.go:120:20: fmt.Sprintf("len(mis) = %d\n", ... argument...) escapes to heap
./map.go:120:20: ... argument does not escape
./map.go:120:43: len(mis) escapes to heap
./map.go:123:20: fmt.Sprintf("len(mss) = %d\n", ... argument...) escapes to heap
./map.go:123:20: ... argument does not escape
./map.go:123:43: len(mss) escapes to heap
./map.go:126:20: fmt.Sprintf("len(mspa) = %d\n", ... argument...) escapes to heap
./map.go:126:20: ... argument does not escape
./map.go:126:44: len(mspa) escapes to heap
./map.go:129:20: fmt.Sprintf("len(mipT) = %d\n", ... argument...) escapes to heap
./map.go:129:20: ... argument does not escape
./map.go:129:44: len(mipT) escapes to heap
./map.go:132:20: fmt.Sprintf("len(mpTi) = %d\n", ... argument...) escapes to heap
./map.go:132:20: ... argument does not escape
./map.go:132:44: len(mpTi) escapes to heap
./map.go:138:20: fmt.Sprintf("len(mipM) = %d\n", ... argument...) escapes to heap
./map.go:138:20: ... argument does not escape
./map.go:138:44: len(mipM) escapes to heap
./map.go:144:20: fmt.Sprintf("len(mit) = %d\n", ... argument...) escapes to heap
./map.go:144:20: ... argument does not escape
./map.go:144:43: len(mit) escapes to heap
./map.go:154:21: fmt.Sprintf("mib[%d] = %t\n", ... argument...) escapes to heap
./map.go:154:21: ... argument does not escape
./map.go:154:22: i escapes to heap
./map.go:154:46: mib[i] escapes to heap
./map.go:157:21: fmt.Sprintf("mii[%d] = %d\n", ... argument...) escapes to heap
./map.go:157:21: ... argument does not escape
./map.go:157:22: i escapes to heap
./map.go:157:46: mii[i] escapes to heap
./map.go:160:21: fmt.Sprintf("mfi[%d] = %d\n", ... argument...) escapes to heap
./map.go:160:21: ... argument does not escape
./map.go:160:22: i escapes to heap
./map.go:160:46: mfi[f] escapes to heap
./map.go:163:21: fmt.Sprintf("mif[%d] = %g\n", ... argument...) escapes to heap
./map.go:163:21: ... argument does not escape
./map.go:163:22: i escapes to heap
./map.go:163:46: mif[i] escapes to heap
./map.go:166:21: fmt.Sprintf("mis[%d] = %s\n", ... argument...) escapes to heap
./map.go:166:21: ... argument does not escape
./map.go:166:22: i escapes to heap
./map.go:166:46: mis[i] escapes to heap
./map.go:169:21: fmt.Sprintf("msi[%s] = %d\n", ... argument...) escapes to heap
./map.go:169:21: ... argument does not escape
./map.go:169:22: s escapes to heap
./map.go:169:46: msi[s] escapes to heap
./map.go:172:21: fmt.Sprintf("mss[%s] = %g\n", ... argument...) escapes to heap
./map.go:172:21: ... argument does not escape
./map.go:172:22: s escapes to heap
./map.go:172:46: mss[s] escapes to heap
./map.go:176:22: fmt.Sprintf("mspa[%s][%d] = %s\n", ... argument...) escapes to heap
./map.go:176:22: ... argument does not escape
./map.go:176:23: s escapes to heap
./map.go:176:23: j escapes to heap
./map.go:176:59: mspa[s][j] escapes to heap
./map.go:180:21: fmt.Sprintf("mipT[%d] = %v\n", ... argument...) escapes to heap
./map.go:180:21: ... argument does not escape
./map.go:180:22: i escapes to heap
./map.go:183:21: fmt.Sprintf("mpTi[apT[%d]] = %d\n", ... argument...) escapes to heap
./map.go:183:21: ... argument does not escape
./map.go:183:22: i escapes to heap
./map.go:183:53: mpTi[apT[i]] escapes to heap
./map.go:189:21: fmt.Sprintf("mipM[%d][%d] = %d\n", ... argument...) escapes to heap
./map.go:189:21: ... argument does not escape
./map.go:189:22: i escapes to heap
./map.go:189:22: i escapes to heap
./map.go:189:58: mipM[i][i] escapes to heap
./map.go:195:21: fmt.Sprintf("mit[%d] = {%d %g}\n", ... argument...) escapes to heap
./map.go:195:21: ... argument does not escape
./map.go:195:22: i escapes to heap
./map.go:195:54: mit[i].i escapes to heap
./map.go:195:64: mit[i].f escapes to heap
./map.go:207:22: fmt.Sprintf("tuple existence decl: mib[%d]\n", ... argument...) escapes to heap
./map.go:207:22: ... argument does not escape
./map.go:207:23: i escapes to heap
./map.go:211:22: fmt.Sprintf("tuple existence assign: mib[%d]\n", ... argument...) escapes to heap
./map.go:211:22: ... argument does not escape
./map.go:211:23: i escapes to heap
./map.go:217:22: fmt.Sprintf("tuple existence decl: mii[%d]\n", ... argument...) escapes to heap
./map.go:217:22: ... argument does not escape
./map.go:217:23: i escapes to heap
./map.go:221:22: fmt.Sprintf("tuple existence assign: mii[%d]\n", ... argument...) escapes to heap
./map.go:221:22: ... argument does not escape
./map.go:221:23: i escapes to heap
./map.go:227:22: fmt.Sprintf("tuple existence decl: mfi[%d]\n", ... argument...) escapes to heap
./map.go:227:22: ... argument does not escape
./map.go:227:23: i escapes to heap
./map.go:231:22: fmt.Sprintf("tuple existence assign: mfi[%d]\n", ... argument...) escapes to heap
./map.go:231:22: ... argument does not escape
./map.go:231:23: i escapes to heap
./map.go:237:22: fmt.Sprintf("tuple existence decl: mif[%d]\n", ... argument...) escapes to heap
./map.go:237:22: ... argument does not escape
./map.go:237:23: i escapes to heap
./map.go:241:22: fmt.Sprintf("tuple existence assign: mif[%d]\n", ... argument...) escapes to heap
./map.go:241:22: ... argument does not escape
./map.go:241:23: i escapes to heap
./map.go:247:22: fmt.Sprintf("tuple existence decl: mis[%d]\n", ... argument...) escapes to heap
./map.go:247:22: ... argument does not escape
./map.go:247:23: i escapes to heap
./map.go:251:22: fmt.Sprintf("tuple existence assign: mis[%d]\n", ... argument...) escapes to heap
./map.go:251:22: ... argument does not escape
./map.go:251:23: i escapes to heap
./map.go:257:22: fmt.Sprintf("tuple existence decl: msi[%d]\n", ... argument...) escapes to heap
./map.go:257:22: ... argument does not escape
./map.go:257:23: i escapes to heap
./map.go:261:22: fmt.Sprintf("tuple existence assign: msi[%d]\n", ... argument...) escapes to heap
./map.go:261:22: ... argument does not escape
./map.go:261:23: i escapes to heap
./map.go:267:22: fmt.Sprintf("tuple existence decl: mss[%d]\n", ... argument...) escapes to heap
./map.go:267:22: ... argument does not escape
./map.go:267:23: i escapes to heap
./map.go:271:22: fmt.Sprintf("tuple existence assign: mss[%d]\n", ... argument...) escapes to heap
./map.go:271:22: ... argument does not escape
./map.go:271:23: i escapes to heap
./map.go:277:22: fmt.Sprintf("tuple existence decl: mspa[%d]\n", ... argument...) escapes to heap
./map.go:277:22: ... argument does not escape
./map.go:277:23: i escapes to heap
./map.go:281:22: fmt.Sprintf("tuple existence assign: mspa[%d]\n", ... argument...) escapes to heap
./map.go:281:22: ... argument does not escape
./map.go:281:23: i escapes to heap
./map.go:287:22: fmt.Sprintf("tuple existence decl: mipT[%d]\n", ... argument...) escapes to heap
./map.go:287:22: ... argument does not escape
./map.go:287:23: i escapes to heap
./map.go:291:22: fmt.Sprintf("tuple existence assign: mipT[%d]\n", ... argument...) escapes to heap
./map.go:291:22: ... argument does not escape
./map.go:291:23: i escapes to heap
./map.go:297:22: fmt.Sprintf("tuple existence decl: mpTi[apT[%d]]\n", ... argument...) escapes to heap
./map.go:297:22: ... argument does not escape
./map.go:297:23: i escapes to heap
./map.go:301:22: fmt.Sprintf("tuple existence assign: mpTi[apT[%d]]\n", ... argument...) escapes to heap
./map.go:301:22: ... argument does not escape
./map.go:301:23: i escapes to heap
./map.go:307:22: fmt.Sprintf("tuple existence decl: mipM[%d]\n", ... argument...) escapes to heap
./map.go:307:22: ... argument does not escape
./map.go:307:23: i escapes to heap
./map.go:311:22: fmt.Sprintf("tuple existence assign: mipM[%d]\n", ... argument...) escapes to heap
./map.go:311:22: ... argument does not escape
./map.go:311:23: i escapes to heap
./map.go:317:22: fmt.Sprintf("tuple existence decl: mit[%d]\n", ... argument...) escapes to heap
./map.go:317:22: ... argument does not escape
./map.go:317:23: i escapes to heap
./map.go:321:22: fmt.Sprintf("tuple existence assign: mit[%d]\n", ... argument...) escapes to heap
./map.go:321:22: ... argument does not escape
./map.go:321:23: i escapes to heap
./map.go:344:22: fmt.Sprintf("tuple nonexistence decl: mib[%d]", ... argument...) escapes to heap
./map.go:344:22: ... argument does not escape
./map.go:344:23: i escapes to heap
./map.go:348:22: fmt.Sprintf("tuple nonexistence assign: mib[%d]", ... argument...) escapes to heap
./map.go:348:22: ... argument does not escape
./map.go:348:23: i escapes to heap
./map.go:354:22: fmt.Sprintf("tuple nonexistence decl: mii[%d]", ... argument...) escapes to heap
./map.go:354:22: ... argument does not escape
./map.go:354:23: i escapes to heap
./map.go:358:22: fmt.Sprintf("tuple nonexistence assign: mii[%d]", ... argument...) escapes to heap
./map.go:358:22: ... argument does not escape
./map.go:358:23: i escapes to heap
./map.go:364:22: fmt.Sprintf("tuple nonexistence decl: mfi[%d]", ... argument...) escapes to heap
./map.go:364:22: ... argument does not escape
./map.go:364:23: i escapes to heap
./map.go:368:22: fmt.Sprintf("tuple nonexistence assign: mfi[%d]", ... argument...) escapes to heap
./map.go:368:22: ... argument does not escape
./map.go:368:23: i escapes to heap
./map.go:374:22: fmt.Sprintf("tuple nonexistence decl: mif[%d]", ... argument...) escapes to heap
./map.go:374:22: ... argument does not escape
./map.go:374:23: i escapes to heap
./map.go:378:22: fmt.Sprintf("tuple nonexistence assign: mif[%d]", ... argument...) escapes to heap
./map.go:378:22: ... argument does not escape
./map.go:378:23: i escapes to heap
./map.go:384:22: fmt.Sprintf("tuple nonexistence decl: mis[%d]", ... argument...) escapes to heap
./map.go:384:22: ... argument does not escape
./map.go:384:23: i escapes to heap
./map.go:388:22: fmt.Sprintf("tuple nonexistence assign: mis[%d]", ... argument...) escapes to heap
./map.go:388:22: ... argument does not escape
./map.go:388:23: i escapes to heap
./map.go:394:22: fmt.Sprintf("tuple nonexistence decl: msi[%d]", ... argument...) escapes to heap
./map.go:394:22: ... argument does not escape
./map.go:394:23: i escapes to heap
./map.go:398:22: fmt.Sprintf("tuple nonexistence assign: msi[%d]", ... argument...) escapes to heap
./map.go:398:22: ... argument does not escape
./map.go:398:23: i escapes to heap
./map.go:404:22: fmt.Sprintf("tuple nonexistence decl: mss[%d]", ... argument...) escapes to heap
./map.go:404:22: ... argument does not escape
./map.go:404:23: i escapes to heap
./map.go:408:22: fmt.Sprintf("tuple nonexistence assign: mss[%d]", ... argument...) escapes to heap
./map.go:408:22: ... argument does not escape
./map.go:408:23: i escapes to heap
./map.go:414:22: fmt.Sprintf("tuple nonexistence decl: mspa[%d]", ... argument...) escapes to heap
./map.go:414:22: ... argument does not escape
./map.go:414:23: i escapes to heap
./map.go:418:22: fmt.Sprintf("tuple nonexistence assign: mspa[%d]", ... argument...) escapes to heap
./map.go:418:22: ... argument does not escape
./map.go:418:23: i escapes to heap
./map.go:424:22: fmt.Sprintf("tuple nonexistence decl: mipT[%d]", ... argument...) escapes to heap
./map.go:424:22: ... argument does not escape
./map.go:424:23: i escapes to heap
./map.go:428:22: fmt.Sprintf("tuple nonexistence assign: mipT[%d]", ... argument...) escapes to heap
./map.go:428:22: ... argument does not escape
./map.go:428:23: i escapes to heap
./map.go:434:22: fmt.Sprintf("tuple nonexistence decl: mpTi[apt[%d]]", ... argument...) escapes to heap
./map.go:434:22: ... argument does not escape
./map.go:434:23: i escapes to heap
./map.go:438:22: fmt.Sprintf("tuple nonexistence assign: mpTi[apT[%d]]", ... argument...) escapes to heap
./map.go:438:22: ... argument does not escape
./map.go:438:23: i escapes to heap
./map.go:444:22: fmt.Sprintf("tuple nonexistence decl: mipM[%d]", ... argument...) escapes to heap
./map.go:444:22: ... argument does not escape
./map.go:444:23: i escapes to heap
./map.go:448:22: fmt.Sprintf("tuple nonexistence assign: mipM[%d]", ... argument...) escapes to heap
./map.go:448:22: ... argument does not escape
./map.go:448:23: i escapes to heap
./map.go:464:22: fmt.Sprintf("tuple nonexistence decl: mit[%d]", ... argument...) escapes to heap
./map.go:464:22: ... argument does not escape
./map.go:464:23: i escapes to heap
./map.go:468:22: fmt.Sprintf("tuple nonexistence assign: mit[%d]", ... argument...) escapes to heap
./map.go:468:22: ... argument does not escape
./map.go:468:23: i escapes to heap
./map.go:478:21: fmt.Sprintf("update mspa[%s][%d] = %s\n", ... argument...) escapes to heap
./map.go:478:21: ... argument does not escape
./map.go:478:22: s escapes to heap
./map.go:478:56: i % 2 escapes to heap
./map.go:478:67: mspa[s][i % 2] escapes to heap
./map.go:484:21: fmt.Sprintf("update mipT[%d].i = %d\n", ... argument...) escapes to heap
./map.go:484:21: ... argument does not escape
./map.go:484:22: i escapes to heap
./map.go:484:60: mipT[i].i escapes to heap
./map.go:489:21: fmt.Sprintf("update mipT[%d].f = %g\n", ... argument...) escapes to heap
./map.go:489:21: ... argument does not escape
./map.go:489:22: i escapes to heap
./map.go:489:60: mipT[i].f escapes to heap
./map.go:495:21: fmt.Sprintf("update mipM[%d][%d] = %d\n", ... argument...) escapes to heap
./map.go:495:21: ... argument does not escape
./map.go:495:22: i escapes to heap
./map.go:495:22: i escapes to heap
./map.go:495:65: mipM[i][i] escapes to heap
./map.go:503:8: "range mnil" escapes to heap
./map.go:520:26: map[float32]string{...} escapes to heap
./map.go:526:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:526:22: ... argument does not escape
./map.go:526:23: "float32 map cannot read back m[+0]:" escapes to heap
./map.go:526:63: m[pz] escapes to heap
./map.go:529:16: ... argument does not escape
./map.go:529:17: "float32 map does not treat" escapes to heap
./map.go:529:17: pz escapes to heap
./map.go:529:51: "and" escapes to heap
./map.go:529:51: nz escapes to heap
./map.go:529:62: "as equal for read" escapes to heap
./map.go:530:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:530:22: ... argument does not escape
./map.go:530:23: "float32 map does not treat -0 and +0 as equal for read" escapes to heap
./map.go:534:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:534:22: ... argument does not escape
./map.go:534:23: "float32 map does not treat -0 and +0 as equal for write" escapes to heap
./map.go:537:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:537:22: ... argument does not escape
./map.go:537:23: "float32 map allows NaN lookup (a)" escapes to heap
./map.go:540:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:540:22: ... argument does not escape
./map.go:540:23: "float32 map allows NaN lookup (b)" escapes to heap
./map.go:543:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:543:22: ... argument does not escape
./map.go:543:23: "float32 map should have 3 entries:" escapes to heap
./map.go:548:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:548:22: ... argument does not escape
./map.go:548:23: "float32 map should have 5 entries:" escapes to heap
./map.go:560:26: map[float64]string{...} escapes to heap
./map.go:566:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:566:22: ... argument does not escape
./map.go:566:23: "float64 map does not treat -0 and +0 as equal for read" escapes to heap
./map.go:570:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:570:22: ... argument does not escape
./map.go:570:23: "float64 map does not treat -0 and +0 as equal for write" escapes to heap
./map.go:573:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:573:22: ... argument does not escape
./map.go:573:23: "float64 map allows NaN lookup (a)" escapes to heap
./map.go:576:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:576:22: ... argument does not escape
./map.go:576:23: "float64 map allows NaN lookup (b)" escapes to heap
./map.go:579:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:579:22: ... argument does not escape
./map.go:579:23: "float64 map should have 3 entries:" escapes to heap
./map.go:584:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:584:22: ... argument does not escape
./map.go:584:23: "float64 map should have 5 entries:" escapes to heap
./map.go:596:28: map[complex64]string{...} escapes to heap
./map.go:602:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:602:22: ... argument does not escape
./map.go:602:23: "complex64 map does not treat -0 and +0 as equal for read" escapes to heap
./map.go:606:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:606:22: ... argument does not escape
./map.go:606:23: "complex64 map does not treat -0 and +0 as equal for write" escapes to heap
./map.go:609:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:609:22: ... argument does not escape
./map.go:609:23: "complex64 map allows NaN lookup (a)" escapes to heap
./map.go:612:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:612:22: ... argument does not escape
./map.go:612:23: "complex64 map allows NaN lookup (b)" escapes to heap
./map.go:615:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:615:22: ... argument does not escape
./map.go:615:23: "complex64 map should have 3 entries:" escapes to heap
./map.go:620:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:620:22: ... argument does not escape
./map.go:620:23: "complex64 map should have 5 entries:" escapes to heap
./map.go:632:29: map[complex128]string{...} escapes to heap
./map.go:638:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:638:22: ... argument does not escape
./map.go:638:23: "complex128 map does not treat -0 and +0 as equal for read" escapes to heap
./map.go:642:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:642:22: ... argument does not escape
./map.go:642:23: "complex128 map does not treat -0 and +0 as equal for write" escapes to heap
./map.go:645:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:645:22: ... argument does not escape
./map.go:645:23: "complex128 map allows NaN lookup (a)" escapes to heap
./map.go:648:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:648:22: ... argument does not escape
./map.go:648:23: "complex128 map allows NaN lookup (b)" escapes to heap
./map.go:651:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:651:22: ... argument does not escape
./map.go:651:23: "complex128 map should have 3 entries:" escapes to heap
./map.go:656:22: fmt.Sprintln(... argument...) escapes to heap
./map.go:656:22: ... argument does not escape
./map.go:656:23: "complex128 map should have 5 entries:" escapes to heap
./map.go:663:22: map[float64]int{} does not escape
./map.go:669:8: "wrong size map after nan insertion" escapes to heap
./map.go:675:9: "not NaN" escapes to heap
./map.go:678:9: "wrong value" escapes to heap
./map.go:682:8: "wrong number of nan range iters" escapes to heap
