// <comparison-article>: placeholder, replaced by the element's implementation.
export {};
