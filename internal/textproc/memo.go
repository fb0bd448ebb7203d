package textproc

import (
	"hash/maphash"
	"strings"
)

// memo is what an [Analyzer] remembers of the tokens it has met: a hash
// table from token to entry, built for an archive's worth of words. With
// a Go map from string to a pointer, a lookup read a map group, the key's
// bytes and the entry, each a cache miss once the vocabulary outgrows the
// caches, and that was a quarter of a rebuild's analysis. Here a lookup
// reads a table slot, which holds part of the token's hash, and an entry,
// which holds the token itself when it is short, as most words are.
type memo struct {
	seed    maphash.Seed
	slots   []uint64 // hash<<32 | entry index+1; 0 is an empty slot
	entries []memoEntry
	long    []string // tokens longer than inlineToken, by index
}

// inlineToken is the longest token a memoEntry holds itself.
const inlineToken = 22

// memoEntry is what an Analyzer remembers of a token: 32 bytes.
type memoEntry struct {
	// terms holds 2 + the number of the token's term in Indonesian and
	// in English: 1 for a stopword, 0 while not known.
	terms [2]int32
	class langClass
	n     uint8 // the token's length in bytes
	// tok is the token when n ≤ inlineToken; else its first four bytes
	// are the token's index in memo.long, little-endian.
	tok [inlineToken]byte
}

// token returns the token e remembers.
func (m *memo) token(e *memoEntry) string {
	if e.n <= inlineToken {
		return string(e.tok[:e.n])
	}
	return m.long[longIndex(e)]
}

func longIndex(e *memoEntry) uint32 {
	return uint32(e.tok[0]) | uint32(e.tok[1])<<8 | uint32(e.tok[2])<<16 | uint32(e.tok[3])<<24
}

// holds reports whether e remembers tok.
func (m *memo) holds(e *memoEntry, tok string) bool {
	if int(e.n) != len(tok) {
		return false
	}
	if e.n <= inlineToken {
		return string(e.tok[:e.n]) == tok
	}
	return m.long[longIndex(e)] == tok
}

// len returns the number of tokens remembered.
func (m *memo) len() int { return len(m.entries) }

// reset forgets every token, keeping the memory.
func (m *memo) reset() {
	clear(m.slots)
	clear(m.long)
	m.entries, m.long = m.entries[:0], m.long[:0]
}

// entry returns the index in m.entries of tok's entry, made when missing.
// Indexes stay valid until reset. tok must be at most maxTokenLen bytes.
func (m *memo) entry(tok string) int32 {
	if m.slots == nil {
		m.seed = maphash.MakeSeed()
		m.slots = make([]uint64, 1<<12)
	}
	h := uint32(maphash.String(m.seed, tok))
	mask := uint32(len(m.slots) - 1)
	i := h & mask
	for {
		s := m.slots[i]
		if s == 0 {
			break
		}
		if uint32(s>>32) == h {
			k := int32(uint32(s)) - 1
			if m.holds(&m.entries[k], tok) {
				return k
			}
		}
		i = (i + 1) & mask
	}
	k := int32(len(m.entries))
	e := memoEntry{class: classOf(tok), n: uint8(len(tok))}
	if len(tok) <= inlineToken {
		copy(e.tok[:], tok)
	} else {
		j := len(m.long)
		e.tok = [inlineToken]byte{byte(j), byte(j >> 8), byte(j >> 16), byte(j >> 24)}
		m.long = append(m.long, strings.Clone(tok)) // tok may hold on to a whole text
	}
	m.entries = append(m.entries, e)
	m.slots[i] = uint64(h)<<32 | uint64(k+1)
	if len(m.entries)*4 > len(m.slots)*3 {
		m.grow()
	}
	return k
}

// grow doubles the table.
func (m *memo) grow() {
	slots := make([]uint64, 2*len(m.slots))
	mask := uint32(len(slots) - 1)
	for _, s := range m.slots {
		if s == 0 {
			continue
		}
		i := uint32(s>>32) & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = s
	}
	m.slots = slots
}
