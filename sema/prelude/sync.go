package sync

type Mutex struct {
	state int64
	sema  uintptr
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	w       Mutex
	readers int64
	sema    uintptr
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()

type WaitGroup struct {
	count int64
	sema  uintptr
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())
