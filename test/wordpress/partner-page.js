// The element, with the feed address from this page's own address (?feed=…).
const element = document.createElement('pcp-objectives');
element.setAttribute('src', new URL(location.href).searchParams.get('feed') ?? '');
element.setAttribute('heading-level', '2');
document.querySelector('#plan').append(element);
