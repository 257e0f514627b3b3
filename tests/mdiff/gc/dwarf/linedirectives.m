foo/bar.y:277: "aie!" escapes to heap
