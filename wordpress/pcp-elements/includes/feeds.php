<?php
/**
 * Publishes plan feeds for other sites: a feed uploaded to the media library is served at
 * `/wp-json/pcp-elements/v1/feeds/<id>` (`?rest_route=/pcp-elements/v1/feeds/<id>` without pretty
 * permalinks), where `<id>` is the feed's own `id` ("cumbria-2021-2025"). The address stays the same when
 * an updated plan is uploaded: the newest upload with that id is served.
 *
 * Served as the file is (not re-encoded), with `Access-Control-Allow-Origin: *` so a partnership's page on
 * another site can read it, an `ETag` and `Last-Modified` so browsers revalidate and get a 304 when it
 * has not changed, and `Cache-Control: no-cache` so an updated plan shows at once.
 *
 * @package pcp-elements
 */

defined( 'ABSPATH' ) || exit;

/** Post meta on a JSON attachment: the plan feed's `id`, read when it was uploaded. */
const PCP_ELEMENTS_FEED_META = '_pcp_elements_feed_id';

/** A feed id as the format allows it: lower-case letters, digits and hyphens. */
const PCP_ELEMENTS_FEED_ID_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * The feed's `id`, if the attachment is a JSON file holding a plan feed with one.
 *
 * @param int $attachment_id An attachment.
 * @return string|null
 */
function pcp_elements_read_feed_id( $attachment_id ) {
	$file = get_attached_file( $attachment_id );
	if ( 'application/json' !== get_post_mime_type( $attachment_id ) || ! $file || ! is_readable( $file ) ) {
		return null;
	}
	$feed = json_decode( (string) file_get_contents( $file ), true );
	$id   = is_array( $feed ) && isset( $feed['id'] ) && is_string( $feed['id'] ) ? $feed['id'] : '';
	return preg_match( '/^' . PCP_ELEMENTS_FEED_ID_PATTERN . '$/', $id ) ? $id : null;
}

/** Remembers an uploaded feed's id, so it can be found by it. */
add_action(
	'add_attachment',
	function ( $attachment_id ) {
		$id = pcp_elements_read_feed_id( $attachment_id );
		if ( null !== $id ) {
			update_post_meta( $attachment_id, PCP_ELEMENTS_FEED_META, $id );
		}
	}
);

/** A feed as the REST server hands it on: the file's text, written out by the filter below as it is. */
class PCP_Elements_Feed_Response extends WP_REST_Response {
	/** @var string The feed file's contents. */
	public $feed_body = '';
}

/**
 * The newest uploaded feed with this id that the public may see (not in the bin, not attached to a
 * post that is private or unpublished).
 *
 * @param string $id A feed id.
 * @return WP_Post|null
 */
function pcp_elements_find_feed( $id ) {
	$candidates = get_posts(
		array(
			'post_type'      => 'attachment',
			'post_status'    => 'inherit',
			'meta_key'       => PCP_ELEMENTS_FEED_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- one indexed key.
			'meta_value'     => $id, // phpcs:ignore WordPress.DB.SlowDBQuery
			'orderby'        => array(
				'date' => 'DESC',
				'ID'   => 'DESC',
			),
			'posts_per_page' => 10,
		)
	);
	foreach ( $candidates as $attachment ) {
		if ( ! $attachment->post_parent || 'publish' === get_post_status( $attachment->post_parent ) ) {
			return $attachment;
		}
	}
	return null;
}

/**
 * The address other sites use for a feed.
 *
 * @param string $id A feed id.
 * @return string
 */
function pcp_elements_feed_url( $id ) {
	return rest_url( 'pcp-elements/v1/feeds/' . $id );
}

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'pcp-elements/v1',
			'/feeds/(?P<id>' . PCP_ELEMENTS_FEED_ID_PATTERN . ')',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'permission_callback' => '__return_true', // Public, like the uploaded file itself.
				'callback'            => 'pcp_elements_feed_response',
			)
		);
	}
);

/**
 * Finds the feed; its text is written by the `rest_pre_serve_request` filter below, as the file is.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function pcp_elements_feed_response( $request ) {
	$attachment = pcp_elements_find_feed( $request['id'] );
	$file       = $attachment ? get_attached_file( $attachment->ID ) : '';
	if ( ! $file || ! is_readable( $file ) ) {
		/* translators: %s: a feed id. */
		return new WP_Error( 'pcp_feed_not_found', sprintf( __( 'No plan feed with the id "%s" has been uploaded to this site.', 'pcp-elements' ), $request['id'] ), array( 'status' => 404 ) );
	}
	$body     = (string) file_get_contents( $file );
	$response = new PCP_Elements_Feed_Response( null, 200 );
	$response->set_headers(
		array(
			'Content-Type'  => 'application/json; charset=utf-8',
			'ETag'          => '"' . sha1( $body ) . '"',
			'Last-Modified' => gmdate( 'D, d M Y H:i:s', (int) filemtime( $file ) ) . ' GMT',
			'Cache-Control' => 'no-cache',
		)
	);
	$response->feed_body = $body;
	return $response;
}

/**
 * Writes a feed response as the file is, or 304 when the browser's copy is current; and lets any site
 * read it (`*`, without credentials: the feed is public, cookies have nothing to do with it).
 */
add_filter(
	'rest_pre_serve_request',
	function ( $served, $result, $request ) {
		if ( $served || ! $result instanceof PCP_Elements_Feed_Response ) {
			return $served;
		}
		header_remove( 'Access-Control-Allow-Credentials' );
		header( 'Access-Control-Allow-Origin: *' );
		$etag = $result->get_headers()['ETag'];
		// If-None-Match may list several tags, weak or strong; a match on any means the copy is current.
		$sent = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) : ''; // phpcs:ignore -- compared, never output.
		$tags = array_map( fn ( $tag ) => preg_replace( '#^W/#', '', trim( $tag ) ), explode( ',', (string) $sent ) );
		if ( in_array( $etag, $tags, true ) ) {
			status_header( 304 );
			return true;
		}
		if ( 'HEAD' !== $request->get_method() ) {
			echo $result->feed_body; // phpcs:ignore WordPress.Security.EscapeOutput -- the feed, served as JSON.
		}
		return true;
	},
	20,
	3
);

/** In the media library, a feed's details show the address other sites can use. */
add_filter(
	'attachment_fields_to_edit',
	function ( $fields, $attachment ) {
		$id = get_post_meta( $attachment->ID, PCP_ELEMENTS_FEED_META, true );
		if ( $id ) {
			$fields['pcp_elements_feed_url'] = array(
				'label' => __( 'Plan feed address for other sites', 'pcp-elements' ),
				'input' => 'html',
				'html'  => '<input type="text" class="widefat" readonly value="' . esc_attr( pcp_elements_feed_url( $id ) ) . '">',
				'helps' => __( 'Always the newest upload of this plan: give this address to partnership websites.', 'pcp-elements' ),
			);
		}
		return $fields;
	},
	10,
	2
);
