package graph

import (
	"fmt"
	"testing"
)

func TestErrorCodeAndMessage(t *testing.T) {
	tests := []struct {
		err     error
		code    string
		message string
	}{
		{nil, "", ""},
		{Errorf(ENOTFOUND, "No node %q.", "x"), ENOTFOUND, `No node "x".`},
		{fmt.Errorf("load: %w", Errorf(EINVALID, "bad file")), EINVALID, "bad file"},
		{fmt.Errorf("MATCH (n) RETURN n failed"), EINTERNAL, "Internal error."},
	}
	for _, tt := range tests {
		if got := ErrorCode(tt.err); got != tt.code {
			t.Errorf("ErrorCode(%v) = %q, want %q", tt.err, got, tt.code)
		}
		if got := ErrorMessage(tt.err); got != tt.message {
			t.Errorf("ErrorMessage(%v) = %q, want %q", tt.err, got, tt.message)
		}
	}
}

func TestIDsAreStable(t *testing.T) {
	if a, b := NodeID(LabelRegion, "上海市"), NodeID(LabelRegion, "上海市"); a != b || a != "region:上海市" {
		t.Errorf("NodeID not stable: %q %q", a, b)
	}
	if a, b := DocumentID("seeds/a.txt"), DocumentID("/tmp/x/a.txt"); a != b {
		t.Errorf("DocumentID depends on the folder: %q %q", a, b)
	}
	if NodeID(LabelPlan, "x") == NodeID(LabelPolicy, "x") {
		t.Error("a plan and a policy of the same name share an id")
	}
}

func TestValid(t *testing.T) {
	if !LabelAgency.Valid() || Label("Person").Valid() {
		t.Error("Label.Valid wrong")
	}
	if !Funds.Valid() || RelType("LIKES").Valid() {
		t.Error("RelType.Valid wrong")
	}
}
