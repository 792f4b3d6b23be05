//! A small document tree built by html5ever, the browser-grade HTML parser, that keeps the
//! source line of every element and text node so warnings can point into the page.
//!
//! html5ever asks a [`TreeSink`] to build the tree; this one is an arena of nodes. The tree
//! builder reports the line of each token (`set_current_line`), which no off-the-shelf DOM
//! crate keeps.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::sync::LazyLock;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, Namespace, ParseOpts, QualName, parse_document};

/// What a node is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    /// The document, or a template's contents: holds nodes, shows nothing itself.
    Root,
    /// An element; its tag name is [`Node::name`].
    Element,
    /// Text.
    Text(String),
    /// A comment, doctype or processing instruction: never shown.
    Hidden,
}

/// One node of the tree.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub(super) parent: Option<usize>,
    pub(super) children: Vec<usize>,
    pub(super) kind: Kind,
    /// The tag name (empty for other nodes).
    pub(super) name: QualName,
    /// Attributes as (name, value).
    pub(super) attrs: Vec<(String, String)>,
    /// 1-based line of the source where the node starts.
    pub(super) line: usize,
    /// A template's contents, kept out of the document.
    template: Option<usize>,
}

impl Node {
    /// The element's tag name, lower case; empty for other nodes.
    pub(super) fn tag(&self) -> &str {
        if self.kind == Kind::Element {
            &self.name.local
        } else {
            ""
        }
    }

    /// An attribute's value.
    pub(super) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A parsed page: node 0 is the document.
#[derive(Debug, Clone)]
pub(super) struct Dom {
    pub(super) nodes: Vec<Node>,
}

impl Dom {
    /// Parses a page (or a fragment of one: html5ever adds the missing `<html>` and `<body>`).
    pub(super) fn parse(html: &str) -> Dom {
        parse_document(Sink::new(), ParseOpts::default()).one(&*super::nesting::bounded(html))
    }

    pub(super) fn node(&self, id: usize) -> Option<&Node> {
        self.nodes.get(id)
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    line: Cell<u64>,
}

impl Sink {
    fn new() -> Sink {
        Sink {
            nodes: RefCell::new(vec![Self::make(Kind::Root, empty_name(), 1)]),
            line: Cell::new(1),
        }
    }

    fn make(kind: Kind, name: QualName, line: u64) -> Node {
        Node {
            parent: None,
            children: Vec::new(),
            kind,
            name,
            attrs: Vec::new(),
            line: usize::try_from(line).unwrap_or(usize::MAX),
            template: None,
        }
    }

    fn push(&self, kind: Kind, name: QualName) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Self::make(kind, name, self.line.get()));
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], id: usize) {
        if let Some(parent) = nodes
            .get(id)
            .and_then(|n| n.parent)
            .and_then(|p| nodes.get_mut(p))
        {
            parent.children.retain(|&c| c != id);
        }
        if let Some(n) = nodes.get_mut(id) {
            n.parent = None;
        }
    }

    /// Inserts a node or text under `parent` at `index`, joining text to a text neighbour.
    fn insert(&self, parent: usize, index: usize, child: NodeOrText<usize>) {
        let id = match child {
            NodeOrText::AppendNode(id) => id,
            NodeOrText::AppendText(text) => {
                let before = {
                    let nodes = self.nodes.borrow();
                    index
                        .checked_sub(1)
                        .and_then(|i| nodes.get(parent)?.children.get(i).copied())
                };
                let mut nodes = self.nodes.borrow_mut();
                if let Some(Kind::Text(t)) =
                    before.and_then(|b| nodes.get_mut(b)).map(|n| &mut n.kind)
                {
                    t.push_str(&text);
                    return;
                }
                drop(nodes);
                self.push(Kind::Text(text.to_string()), empty_name())
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        Self::detach(&mut nodes, id);
        if let Some(p) = nodes.get_mut(parent) {
            let index = index.min(p.children.len());
            p.children.insert(index, id);
        }
        if let Some(n) = nodes.get_mut(id) {
            n.parent = Some(parent);
        }
    }

    fn len_of(&self, id: usize) -> usize {
        self.nodes.borrow().get(id).map_or(0, |n| n.children.len())
    }
}

/// The name of what is not an element.
static NO_NAME: LazyLock<QualName> = LazyLock::new(empty_name);

fn empty_name() -> QualName {
    QualName::new(None, Namespace::from(""), LocalName::from(""))
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        // A stray handle names nothing rather than panics.
        Ref::map(self.nodes.borrow(), |n| {
            n.get(*target).map_or(&*NO_NAME, |n| &n.name)
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let id = self.push(Kind::Element, name);
        let template = flags.template.then(|| self.push(Kind::Root, empty_name()));
        let mut nodes = self.nodes.borrow_mut();
        if let Some(n) = nodes.get_mut(id) {
            n.attrs = attrs
                .into_iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect();
            n.template = template;
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.push(Kind::Hidden, empty_name())
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.push(Kind::Hidden, empty_name())
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.insert(*parent, self.len_of(*parent), child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(*element)
            .is_some_and(|n| n.parent.is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        self.nodes
            .borrow()
            .get(*target)
            .and_then(|n| n.template)
            .unwrap_or(*target)
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let place = {
            let nodes = self.nodes.borrow();
            nodes.get(*sibling).and_then(|s| s.parent).and_then(|p| {
                let i = nodes.get(p)?.children.iter().position(|c| c == sibling)?;
                Some((p, i))
            })
        };
        if let Some((parent, index)) = place {
            self.insert(parent, index, new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(n) = nodes.get_mut(*target) {
            for a in attrs {
                let name = a.name.local.to_string();
                if n.attrs.iter().all(|(k, _)| *k != name) {
                    n.attrs.push((name, a.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        let children = nodes
            .get_mut(*node)
            .map(|n| std::mem::take(&mut n.children))
            .unwrap_or_default();
        for &c in &children {
            if let Some(n) = nodes.get_mut(c) {
                n.parent = Some(*new_parent);
            }
        }
        if let Some(p) = nodes.get_mut(*new_parent) {
            p.children.extend(children);
        }
    }

    fn set_current_line(&self, line_number: u64) {
        self.line.set(line_number);
    }
}
