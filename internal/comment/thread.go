package comment

import (
	"context"
	"errors"
	"fmt"

	"warta/internal/store"
)

// Node is a comment with its replies, as the thread shows it.
type Node struct {
	*Comment
	Replies []*Node
}

// Tree nests comments (oldest first, as Thread returns them) under their
// parents. A reply whose parent is not among them (the parent was
// unpublished) moves to the top level, so that nothing approved vanishes.
func Tree(cs []*Comment) []*Node {
	nodes := make(map[int64]*Node, len(cs))
	for _, c := range cs {
		nodes[c.ID] = &Node{Comment: c}
	}
	var top []*Node
	for _, c := range cs {
		n := nodes[c.ID]
		if parent, ok := nodes[c.ParentID]; ok && c.ParentID != 0 && c.ParentID != c.ID {
			parent.Replies = append(parent.Replies, n)
			continue
		}
		top = append(top, n)
	}
	return top
}

// Own returns the comment a view token (from Submit) is for, while the
// token lasts: its writer may see it whatever moderation decided, except
// when it was deleted or trashed. A comment marked spam is reported as
// pending, so that its writer learns nothing from it.
func (s *Service) Own(ctx context.Context, viewToken string) (*Comment, error) {
	id, err := s.viewTokenID(ctx, viewToken)
	if err != nil {
		return nil, err
	}
	c, err := s.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && c.Status == Trash) {
		return nil, fmt.Errorf("comment: own comment: %w", store.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	if c.Status == Spam {
		c.Status = Pending
	}
	return c, nil
}
