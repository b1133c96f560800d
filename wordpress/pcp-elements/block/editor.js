/**
 * The "Police and Crime Plan" block in the editor: a sidebar to pick the element, the feed (an address,
 * or a JSON file from the media library) and the element's attributes, and a live preview rendered by
 * the server exactly as readers will get it. Plain script on WordPress's globals: no build step.
 */
(function (wp) {
	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment } = wp.element;
	const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
	const { Button, PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const { __ } = wp.i18n;
	const elements = (window.pcpElements && window.pcpElements.elements) || [];

	/** "heading-level" → "Heading level", "pcp-priority-wheel" → "Priority wheel". */
	function label(name) {
		const words = name.replace(/^pcp-/, '').replace(/-/g, ' ');
		return words.charAt(0).toUpperCase() + words.slice(1);
	}

	function elementOf(tag) {
		return elements.find((element) => element.tag === tag) || elements[0];
	}

	/** One control for one attribute, chosen from its type in the element manifest. */
	function attributeControl(spec, values, setValue) {
		const value = values[spec.name];
		const help = spec.description || undefined;
		if (spec.kind === 'boolean') {
			return el(ToggleControl, { key: spec.name, label: label(spec.name), help, checked: value === true, onChange: (on) => setValue(spec.name, on ? true : undefined) });
		}
		if (spec.kind === 'options') {
			const options = [{ label: __('(default)', 'pcp-elements'), value: '' }].concat(spec.options.map((option) => ({ label: option, value: option })));
			return el(SelectControl, { key: spec.name, label: label(spec.name), help, value: value || '', options, onChange: (chosen) => setValue(spec.name, chosen || undefined) });
		}
		return el(TextControl, {
			key: spec.name,
			label: label(spec.name),
			help,
			type: spec.kind === 'number' ? 'number' : 'text',
			value: value === undefined ? '' : String(value),
			onChange: (text) => setValue(spec.name, text === '' ? undefined : text),
		});
	}

	function FeedControls({ attributes, setAttributes }) {
		return el(
			Fragment,
			null,
			el(TextControl, {
				label: __('Plan feed address', 'pcp-elements'),
				help: __('The address of the plan feed (JSON), such as /feeds/plan.json, or choose its file from the media library.', 'pcp-elements'),
				type: 'url',
				value: attributes.src,
				onChange: (src) => setAttributes({ src, mediaId: undefined }),
			}),
			el(
				MediaUploadCheck,
				null,
				el(MediaUpload, {
					allowedTypes: ['application/json'],
					value: attributes.mediaId,
					onSelect: (media) => setAttributes({ src: media.url, mediaId: media.id }),
					render: ({ open }) => el(Button, { variant: 'secondary', onClick: open }, __('Choose a JSON file', 'pcp-elements')),
				}),
			),
		);
	}

	function Edit(props) {
		const { attributes, setAttributes } = props;
		const element = elementOf(attributes.element);
		const values = attributes.attributes || {};
		const setValue = (name, value) => {
			const next = Object.assign({}, values);
			if (value === undefined) delete next[name];
			else next[name] = value;
			setAttributes({ attributes: next });
		};
		const sidebar = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __('Plan', 'pcp-elements') },
				el(SelectControl, {
					label: __('Show', 'pcp-elements'),
					help: element ? element.summary : undefined,
					value: element ? element.tag : '',
					options: elements.map((item) => ({ label: label(item.tag), value: item.tag })),
					// Another element has other attributes: keep only those it has too.
					onChange: (tag) => {
						const names = elementOf(tag).attributes.map((spec) => spec.name);
						setAttributes({ element: tag, attributes: Object.fromEntries(Object.entries(values).filter(([name]) => names.includes(name))) });
					},
				}),
				el(FeedControls, props),
			),
			element && element.attributes.length
				? el(PanelBody, { title: __('Options', 'pcp-elements'), initialOpen: false }, element.attributes.map((spec) => attributeControl(spec, values, setValue)))
				: null,
			el(
				PanelBody,
				{ title: __('If the plan cannot be shown', 'pcp-elements'), initialOpen: false },
				el(TextControl, { label: __('Link to (the PDF, say)', 'pcp-elements'), type: 'url', value: attributes.fallbackUrl, onChange: (fallbackUrl) => setAttributes({ fallbackUrl }) }),
				el(TextControl, { label: __('Link text', 'pcp-elements'), value: attributes.fallbackText, placeholder: __('Read the plan', 'pcp-elements'), onChange: (fallbackText) => setAttributes({ fallbackText }) }),
			),
		);
		const body = attributes.src
			? el(ServerSideRender, { block: 'pcp-elements/element', attributes })
			: el(Placeholder, { icon: 'chart-pie', label: __('Police and Crime Plan', 'pcp-elements'), instructions: __('Where is the plan feed?', 'pcp-elements') }, el(FeedControls, props));
		return el('div', useBlockProps(), sidebar, body);
	}

	registerBlockType('pcp-elements/element', { edit: Edit, save: () => null });
})(window.wp);
